import { lvaoLabels } from './generated/lvao-labels';
import { placeKinds, placeKindById } from './place-kinds';
import { placeLabelById, placeLabelByLvaoCode, placeLabels } from './place-labels';

describe('place labels', () => {
  it('includes the insertion, network and quality labels the connectors need', () => {
    const required = [
      'ess',
      'emmaus',
      'reparacteur',
      'qualirepar',
      'aci',
      'ei',
      'ai',
      'etti',
      'ea',
      'esat',
      'ressourceries',
    ];
    for (const id of required) expect(placeLabelById(id)?.id).toBe(id);
  });

  it('covers every LVAO label code, found whatever its case', () => {
    for (const { code } of lvaoLabels) {
      expect(placeLabelByLvaoCode(code)?.lvaoCode).toBe(code);
      expect(placeLabelById(code)?.lvaoCode).toBe(code);
    }
    expect(placeLabelByLvaoCode('bonusrepar_asl')?.id).toBe('bonusrepar_asl');
  });

  it('gives every label a group and both languages, with unique ids', () => {
    expect(new Set(placeLabels.map((l) => l.id)).size).toBe(placeLabels.length);
    for (const l of placeLabels) {
      expect(['quality', 'insertion', 'network', 'actor']).toContain(l.group);
      expect(l.label.fr).not.toBe('');
      expect(l.label.en).not.toBe('');
    }
  });

  it('returns undefined for an unknown label', () => {
    expect(placeLabelById('unknown')).toBeUndefined();
    expect(placeLabelByLvaoCode('unknown')).toBeUndefined();
  });
});

describe('place kinds', () => {
  it('lists the ten kinds with French and English labels', () => {
    const order = `RESSOURCERIE INSERTION RECYCLING_CENTRE COLLECTION_POINT REPAIR_CAFE
      CHARITY_SHOP SECOND_HAND_SHOP REPAIRER SHARING OTHER`.split(/\s+/);
    expect(placeKinds.map((k) => k.id)).toEqual(order);
    for (const k of placeKinds) expect(k.label.fr && k.label.en).toBeTruthy();
    expect(placeKindById('RECYCLING_CENTRE')?.label.fr).toBe('Déchèterie');
  });
});
