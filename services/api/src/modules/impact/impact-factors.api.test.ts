import { subcategoryById } from '@reemploi/taxonomy';
import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { createOrganization, gqlWith } from '../../../test/staff';
import { ImpactDeclarationModel } from './impact-declaration.model';
import { parisMonth } from './impact-lines';

// The avoided-CO2e estimate through the real API and database: items of a sub-category with an ADEME
// object count its published footprint (verified); weights and other sub-categories the illustrative
// per-kg factors; the API and the counter say which part rests on which.
jest.setTimeout(60_000);

const ADMIN_TOKEN = 'impact-factors-admin-token-0123456789';
const t = useTestApp({ seedDemo: false, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN } });
const admin = () => gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` });

const DECLARE = `mutation($input: ImpactDeclarationInput!) { declareImpact(input: $input) { id } }`;
const VALIDATE = `mutation($id: ID!) { validateImpactDeclaration(id: $id) { status } }`;
const IMPACT = `{ impact {
  figures { avoidedCo2eTonnes avoidedCo2eVerifiedTonnes avoidedCo2eIllustrativeTonnes }
  bySubcategory { subcategoryId figures { avoidedCo2eTonnes avoidedCo2eVerifiedTonnes avoidedCo2eIllustrativeTonnes } }
  factorSet { name version verified illustrativeVersion
    factors { unit subcategoryId categoryId reuseKgCo2e recycleKgCo2e object baseEmpreinteId source sourceUrl verified } }
} }`;

async function validatedMonth(organizationId: string, lines: unknown[]) {
  const [y, m] = parisMonth(new Date()).split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m - 2, 1));
  const month = `${last.getUTCFullYear()}-${String(last.getUTCMonth() + 1).padStart(2, '0')}`;
  const declared = await admin()<any>(DECLARE, { input: { organizationId, month, inseeCode: '50129', lines } });
  expect(declared.errors).toBeUndefined();
  const validated = await admin()<any>(VALIDATE, { id: declared.data.declareImpact.id });
  expect(validated.data.validateImpactDeclaration.status).toBe('VALIDATED');
}

let impact: any;
beforeAll(async () => {
  await ImpactDeclarationModel.init();
  const org = await createOrganization('Ressourcerie des Pieux');
  await validatedMonth(org, [
    // Mapped, in items: 10 chairs' worth (Impact CO₂ « Chaise en bois », 18.6 kg CO2e each); the kg given
    // beside the items are not counted a second time.
    { subcategoryId: 'meuble', flow: 'PASSED_ON', outcome: 'REUSED', items: 10, kg: 120 },
    // Mapped, repaired: 2 smartphones (39.1 kg CO2e each).
    { subcategoryId: 'smartphone_tablette_et_console', flow: 'PASSED_ON', outcome: 'REPAIRED', items: 2 },
    // Mapped but in kg only: no published mass per item, so the illustrative per-kg factor (clothing 15).
    { subcategoryId: 'vetement', flow: 'PASSED_ON', outcome: 'REUSED', kg: 100 },
    // No ADEME object for books: illustrative per kg (1.3); in items only it cannot be estimated.
    { subcategoryId: 'livre', flow: 'PASSED_ON', outcome: 'REUSED', kg: 50, items: 40 },
    // Recycled: illustrative per kg even for a mapped sub-category (furniture 0.3).
    { subcategoryId: 'meuble', flow: 'PASSED_ON', outcome: 'RECYCLED', kg: 200, items: 3 },
  ]);
  const body = await gqlWith(t.app)<any>(IMPACT, {});
  expect(body.errors).toBeUndefined();
  impact = body.data.impact;
});

const subcategory = (id: string) => impact.bySubcategory.find((s: any) => s.subcategoryId === id).figures;

describe('avoided CO2e factors', () => {
  it('counts items of a mapped sub-category with the ADEME footprint of its object, as verified', () => {
    expect(subcategory('smartphone_tablette_et_console')).toEqual({
      avoidedCo2eTonnes: 0.078,
      avoidedCo2eVerifiedTonnes: 0.078,
      avoidedCo2eIllustrativeTonnes: 0,
    });
    // 10 × 18.6 kg reused (verified) + 200 kg × 0.3 recycled (illustrative).
    expect(subcategory('meuble')).toEqual({
      avoidedCo2eTonnes: 0.246,
      avoidedCo2eVerifiedTonnes: 0.186,
      avoidedCo2eIllustrativeTonnes: 0.06,
    });
  });

  it('flags as illustrative what rests on per-kg factors: weights, and sub-categories without an ADEME object', () => {
    expect(subcategory('vetement')).toEqual({
      avoidedCo2eTonnes: 1.5,
      avoidedCo2eVerifiedTonnes: 0,
      avoidedCo2eIllustrativeTonnes: 1.5,
    });
    expect(subcategory('livre')).toEqual({
      avoidedCo2eTonnes: 0.065,
      avoidedCo2eVerifiedTonnes: 0,
      avoidedCo2eIllustrativeTonnes: 0.065,
    });
  });

  it('splits the totals between verified and illustrative factors', () => {
    expect(impact.figures).toEqual({
      avoidedCo2eTonnes: 1.889,
      avoidedCo2eVerifiedTonnes: 0.264,
      avoidedCo2eIllustrativeTonnes: 1.625,
    });
  });

  it('publishes every factor with its source, the verified rows naming their Impact CO₂ object', () => {
    const { factorSet } = impact;
    expect(factorSet).toMatchObject({ verified: true, illustrativeVersion: 'illustratif-2026-12' });
    expect(factorSet.version).toContain('impactco2');
    for (const factor of factorSet.factors) expect(factor.source).toMatch(/\S/);
    const items = factorSet.factors.filter((f: any) => f.unit === 'ITEM');
    expect(items.length).toBeGreaterThan(0);
    for (const factor of items) {
      expect(factor).toMatchObject({ verified: true, recycleKgCo2e: null });
      expect(subcategoryById(factor.subcategoryId)).toBeDefined();
      expect(factor.object).toMatch(/\S/);
      expect(factor.baseEmpreinteId).toBeGreaterThan(0);
      expect(factor.source).toContain('Impact CO₂');
      expect(factor.sourceUrl).toMatch(/^https:\/\/librairie\.ademe\.fr\//);
    }
    expect(items.find((f: any) => f.subcategoryId === 'meuble')).toMatchObject({
      object: 'Chaise en bois',
      baseEmpreinteId: 26958,
      reuseKgCo2e: 18.6,
    });
    const perKg = factorSet.factors.filter((f: any) => f.unit === 'KG');
    expect(perKg.length).toBeGreaterThan(0);
    expect(perKg.every((f: any) => f.verified === false && f.object === null)).toBe(true);
  });

  it('shows on the partners’ counter which part of the estimate rests on verified ADEME factors', async () => {
    const fr = await request(t.app).get('/embed/impact?lang=fr');
    expect(fr.text).toContain('dont 0,3 t sur des facteurs ADEME vérifiés');
    const en = await request(t.app).get('/embed/impact?lang=en');
    expect(en.text).toContain('of which 0.3 t on verified ADEME factors');
  });
});
