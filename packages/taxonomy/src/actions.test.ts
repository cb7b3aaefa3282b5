import { actionById, actionByLvaoCode, actions, actionsOfDirection } from './actions';

describe('actions', () => {
  it('lists the 11 actions in display order', () => {
    const order = 'REPAIR DONATE EXCHANGE LEND BORROW RENT RENT_OUT BUY SELL DROP_OFF RETURN'.split(' ');
    expect(actions.map((a) => a.id)).toEqual(order);
  });

  it('maps each action to its LVAO code both ways', () => {
    const codes = {
      REPAIR: 'reparer',
      DONATE: 'donner',
      EXCHANGE: 'echanger',
      LEND: 'preter',
      BORROW: 'emprunter',
      RENT: 'louer',
      RENT_OUT: 'mettreenlocation',
      BUY: 'acheter',
      SELL: 'revendre',
      DROP_OFF: 'trier',
      RETURN: 'rapporter',
    };
    for (const [id, code] of Object.entries(codes)) {
      expect(actionById(id)?.lvaoCode).toBe(code);
      expect(actionByLvaoCode(code)?.id).toBe(id);
    }
    expect(actionById('FLY')).toBeUndefined();
    expect(actionByLvaoCode('voler')).toBeUndefined();
  });

  it('offers "I have" and "I am looking for" actions as in LVAO', () => {
    expect(actionsOfDirection('HAVE').map((a) => a.id)).toEqual([
      'REPAIR',
      'DONATE',
      'EXCHANGE',
      'LEND',
      'RENT_OUT',
      'SELL',
      'DROP_OFF',
      'RETURN',
    ]);
    expect(
      actionsOfDirection('SEEK')
        .map((a) => a.id)
        .sort(),
    ).toEqual(['BORROW', 'BUY', 'EXCHANGE', 'RENT']);
  });

  it('labels and describes every action in French and English', () => {
    for (const a of actions) {
      expect(a.label.fr).toMatch(/^\p{Lu}/u);
      expect(a.label.en).toMatch(/^[A-Z]/);
      expect(a.description.fr).not.toBe('');
      expect(a.description.en).not.toBe('');
    }
    expect(actionById('BUY')?.label).toEqual({ fr: 'Acheter de seconde main', en: 'Buy second-hand' });
  });
});
