import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { createOrganization, gqlWith, signedInAs, type Gql } from '../../../test/staff';
import { ImpactDeclarationModel } from './impact-declaration.model';
import { parisMonth } from './impact-lines';

// The impact ledger through the real API and database: who declares, validates and sees what; bad lines
// refused with stable codes and nothing of them stored; corrections as versions; public figures and the
// partners' counter from validated months only.
jest.setTimeout(60_000);

const ADMIN_TOKEN = 'impact-admin-token-0123456789abcdef';
const t = useTestApp({ seedDemo: false, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN } });
const admin = () => gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` });
const anonymous = () => gqlWith(t.app);

const shift = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};
const THIS_MONTH = parisMonth(new Date());
const LAST_MONTH = shift(THIS_MONTH, -1);
const NEXT_MONTH = shift(THIS_MONTH, 1);

const DECLARE = `mutation($input: ImpactDeclarationInput!) {
  declareImpact(input: $input) { id organizationId organizationName month version status inseeCode lines { subcategoryId categoryId flow outcome kg items } }
}`;
const IMPORT = `mutation($org: ID!, $csv: String!, $insee: String) {
  importImpactCsv(organizationId: $org, csv: $csv, inseeCode: $insee) {
    storedRows declarations { id month status refusedRows lines { subcategoryId kg } } refusedRows { line field problem message }
  }
}`;
const VALIDATE = `mutation($id: ID!) { validateImpactDeclaration(id: $id) { id status reviewedBy } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectImpactDeclaration(id: $id, reason: $reason) { id status rejectionReason } }`;
const LIST = `query($org: ID, $status: ImpactDeclarationStatus, $month: String) {
  impactDeclarations(organizationId: $org, status: $status, month: $month) { id organizationId month version status refusedRows rejectionReason }
}`;
const IMPACT = `query($year: Int) { impact(year: $year) {
  year validatedMonths structures
  figures { receivedKg passedOnKg reusedKg repairedKg recycledKg divertedTonnes avoidedCo2eTonnes avoidedCo2eVerifiedTonnes avoidedCo2eIllustrativeTonnes }
  byStructure { organizationId name figures { passedOnKg } }
  byCommune { inseeCode name figures { passedOnKg } }
  byCategory { categoryId figures { passedOnKg } }
  factorSet { name version verified }
} }`;

const form = (organizationId: string, lines: unknown[], month = LAST_MONTH) => ({
  input: { organizationId, month, inseeCode: '50129', lines },
});
const FURNITURE = [
  { subcategoryId: 'meuble', flow: 'RECEIVED', kg: 1000 },
  { subcategoryId: 'meuble', flow: 'PASSED_ON', outcome: 'REUSED', kg: 800 },
  { subcategoryId: 'meuble', flow: 'PASSED_ON', outcome: 'RECYCLED', kg: 150 },
];

/** The first error's extensions (code, reason, problem…). */
const refusal = (body: { errors?: { extensions?: Record<string, unknown> }[] }): Record<string, any> =>
  body.errors?.[0]?.extensions ?? {};

async function publicFigures() {
  const body = await anonymous()<any>(IMPACT, {});
  expect(body.errors).toBeUndefined();
  return body.data.impact;
}

let orgA: string;
let orgB: string;
let structureA: Gql;
beforeAll(async () => {
  await ImpactDeclarationModel.init();
  orgA = await createOrganization('Ressourcerie du Cotentin');
  orgB = await createOrganization('Atelier vélo de la Hague');
  structureA = (await signedInAs(t.app, 'STRUCTURE', orgA)).gql;
});

describe('impact ledger', () => {
  it('counts a structure’s month publicly only once staff validated it', async () => {
    const declared = await structureA<any>(DECLARE, form(orgA, FURNITURE));
    expect(declared.errors).toBeUndefined();
    expect(declared.data.declareImpact).toMatchObject({
      organizationName: 'Ressourcerie du Cotentin',
      month: LAST_MONTH,
      version: 1,
      status: 'PENDING',
    });
    expect(declared.data.declareImpact.lines[1]).toMatchObject({
      categoryId: 'mobilier_et_decoration',
      outcome: 'REUSED',
    });
    expect((await publicFigures()).validatedMonths).toBe(0);

    const editor = (await signedInAs(t.app, 'EDITOR')).gql;
    const validated = await editor<any>(VALIDATE, { id: declared.data.declareImpact.id });
    expect(validated.data.validateImpactDeclaration.status).toBe('VALIDATED');

    const impact = await publicFigures();
    expect(impact.validatedMonths).toBe(1);
    expect(impact.figures).toMatchObject({ receivedKg: 1000, passedOnKg: 950, reusedKg: 800, recycledKg: 150 });
    expect(impact.figures.divertedTonnes).toBeCloseTo(0.95);
    expect(impact.figures.avoidedCo2eTonnes).toBeGreaterThan(0);
    expect(impact.byStructure).toEqual([
      { organizationId: orgA, name: 'Ressourcerie du Cotentin', figures: { passedOnKg: 950 } },
    ]);
    expect(impact.byCommune).toEqual([
      { inseeCode: '50129', name: 'Cherbourg-en-Cotentin', figures: { passedOnKg: 950 } },
    ]);
    expect(impact.byCategory).toEqual([{ categoryId: 'mobilier_et_decoration', figures: { passedOnKg: 950 } }]);
    // Weights only: the whole estimate rests on the illustrative per-kg factors.
    expect(impact.figures.avoidedCo2eVerifiedTonnes).toBe(0);
    expect(impact.figures.avoidedCo2eIllustrativeTonnes).toBe(impact.figures.avoidedCo2eTonnes);
    expect(impact.factorSet).toMatchObject({ verified: true, name: expect.stringContaining('ADEME') });
  });

  it('corrects a validated month only by a new version, keeping the history', async () => {
    const [current] = (await admin()<any>(LIST, { org: orgA, status: 'VALIDATED', month: LAST_MONTH })).data
      .impactDeclarations;
    const corrected = await structureA<any>(
      DECLARE,
      form(orgA, [{ subcategoryId: 'meuble', flow: 'PASSED_ON', outcome: 'REUSED', kg: 900 }]),
    );
    expect(corrected.data.declareImpact).toMatchObject({ version: 2, status: 'PENDING' });
    // Until validated, the public keeps the validated version's figures.
    expect((await publicFigures()).figures.passedOnKg).toBe(950);

    await admin()(VALIDATE, { id: corrected.data.declareImpact.id });
    expect((await publicFigures()).figures).toMatchObject({ passedOnKg: 900, receivedKg: 0 });
    const history = (await structureA<any>(LIST, { month: LAST_MONTH })).data.impactDeclarations;
    expect(history.map((d: any) => [d.version, d.status])).toEqual([
      [2, 'VALIDATED'],
      [1, 'SUPERSEDED'],
    ]);
    expect(history[1].id).toBe(current.id);
  });

  it('stores two declarations of one month sent at once as distinct versions, or tells the second to retry', async () => {
    const month = shift(THIS_MONTH, -3);
    const sent = await Promise.all(
      [100, 200, 300].map((kg) =>
        structureA<any>(DECLARE, form(orgA, [{ subcategoryId: 'livre', flow: 'RECEIVED', kg }], month)),
      ),
    );
    const saved = sent.filter((body) => !body.errors).map((body) => body.data.declareImpact.version);
    const refused = sent.filter((body) => body.errors).map((body) => refusal(body));
    expect(saved.length).toBeGreaterThan(0);
    expect(refused.every((e) => e.code === 'CONFLICT' && e.reason === 'CONCURRENT_WRITE')).toBe(true);
    const stored = await ImpactDeclarationModel.find({ organizationId: orgA, month }).lean();
    expect(stored.map((d) => d.version).sort()).toEqual([...saved].sort());
    // Only the latest version waits for review: the others were replaced.
    expect(stored.filter((d) => d.status === 'PENDING')).toHaveLength(1);
  });

  it('refuses bad form lines with a code per line and stores nothing', async () => {
    const before = await ImpactDeclarationModel.countDocuments();
    const body = await structureA<any>(
      DECLARE,
      form(
        orgA,
        [
          { subcategoryId: 'meuble', flow: 'RECEIVED', kg: -3 },
          { subcategoryId: 'soucoupe', flow: 'RECEIVED', kg: 3 },
          { subcategoryId: 'livre', flow: 'PASSED_ON', kg: 3 },
          { subcategoryId: 'velo', flow: 'RECEIVED' },
        ],
        NEXT_MONTH,
      ),
    );
    expect(refusal(body).code).toBe('BAD_USER_INPUT');
    expect(refusal(body).problems.map((p: any) => [p.line, p.field, p.problem])).toEqual([
      [0, 'month', 'FUTURE_MONTH'],
      [1, 'kg', 'NEGATIVE_QUANTITY'],
      [2, 'subcategoryId', 'UNKNOWN_SUBCATEGORY'],
      [3, 'outcome', 'OUTCOME_MISMATCH'],
      [4, 'kg', 'NO_QUANTITY'],
    ]);
    const unknownOutcome = await structureA<any>(
      DECLARE,
      form(orgA, [{ subcategoryId: 'livre', flow: 'PASSED_ON', outcome: 'SOLD', kg: 1 }]),
    );
    expect(refusal(unknownOutcome).code).toBe('BAD_USER_INPUT');
    expect(await ImpactDeclarationModel.countDocuments()).toBe(before);
  });

  it('stores the good rows of a CSV and reports each bad one, storing nothing of it', async () => {
    const csv = [
      'mois;sous_categorie;flux;devenir;kg;pieces',
      `${LAST_MONTH};velo;reçu;;120;10`,
      `${LAST_MONTH};velo;sorti;réparation;=HYPERLINK("http://x")`,
      `${LAST_MONTH};livre;sorti;réemploi;-4;`,
      `${NEXT_MONTH};livre;reçu;;4;`,
      `${LAST_MONTH};licorne;reçu;;4;`,
      `${LAST_MONTH};livre;sorti;vendu;4;`,
      `${LAST_MONTH};livre;sorti;réemploi;40;200`,
    ].join('\n');
    const body = await admin()<any>(IMPORT, { org: orgB, csv, insee: '50041' });
    expect(body.errors).toBeUndefined();
    const result = body.data.importImpactCsv;
    expect(result.refusedRows.map((r: any) => [r.line, r.problem])).toEqual([
      [3, 'FORMULA_CELL'],
      [4, 'NEGATIVE_QUANTITY'],
      [5, 'FUTURE_MONTH'],
      [6, 'UNKNOWN_SUBCATEGORY'],
      [7, 'UNKNOWN_OUTCOME'],
    ]);
    expect(result.storedRows).toBe(2);
    expect(result.declarations).toEqual([
      expect.objectContaining({
        month: LAST_MONTH,
        status: 'PENDING',
        refusedRows: 4,
        lines: [
          { subcategoryId: 'velo', kg: 120 },
          { subcategoryId: 'livre', kg: 40 },
        ],
      }),
    ]);
    expect(await ImpactDeclarationModel.countDocuments({ organizationId: orgB, month: NEXT_MONTH })).toBe(0);
  });

  it('refuses an oversize upload whole, storing nothing', async () => {
    const before = await ImpactDeclarationModel.countDocuments();
    const rows = `${LAST_MONTH};meuble;reçu;;1;;remarque de la balance n°1\n`.repeat(1500); // ~75 kB
    const body = await structureA<any>(IMPORT, {
      org: orgA,
      csv: `mois;sous_categorie;flux;devenir;kg;pieces;note\n${rows}`,
      insee: '50129',
    });
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'FILE_TOO_LARGE' });
    // Beyond the GraphQL body limit, the server refuses before reading it.
    const huge = await request(t.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: IMPORT, variables: { org: orgA, csv: 'x'.repeat(200_000) } });
    expect(huge.status).toBe(413);
    expect(await ImpactDeclarationModel.countDocuments()).toBe(before);
  });

  it('lets a structure see and declare only its own organisation’s months', async () => {
    const otherOrg = await structureA<any>(DECLARE, form(orgB, FURNITURE));
    expect(refusal(otherOrg)).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' });
    const otherCsv = await structureA<any>(IMPORT, {
      org: orgB,
      csv: `mois;sous_categorie;flux;kg\n${LAST_MONTH};meuble;reçu;1`,
      insee: '50129',
    });
    expect(refusal(otherCsv).reason).toBe('OTHER_ORGANIZATION');
    const theirs = await structureA<any>(LIST, { org: orgB });
    expect(refusal(theirs).reason).toBe('OTHER_ORGANIZATION');
    const mine = (await structureA<any>(LIST, {})).data.impactDeclarations;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((d: any) => d.organizationId === orgA)).toBe(true);

    const [pendingB] = (await admin()<any>(LIST, { org: orgB, status: 'PENDING' })).data.impactDeclarations;
    const selfValidation = await structureA<any>(VALIDATE, { id: pendingB.id });
    expect(refusal(selfValidation)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const collectivity = (await signedInAs(t.app, 'COLLECTIVITY', orgB)).gql;
    expect(refusal(await collectivity<any>(LIST, {})).code).toBe('FORBIDDEN');
  });

  it('gives anonymous callers the public aggregates only', async () => {
    expect(refusal(await anonymous()<any>(LIST, {})).code).toBe('UNAUTHENTICATED');
    expect(refusal(await anonymous()<any>(DECLARE, form(orgA, FURNITURE))).code).toBe('UNAUTHENTICATED');
    const [pendingB] = (await admin()<any>(LIST, { org: orgB, status: 'PENDING' })).data.impactDeclarations;
    expect(refusal(await anonymous()<any>(VALIDATE, { id: pendingB.id })).code).toBe('UNAUTHENTICATED');
    // orgB's month is pending: not in the public figures.
    expect((await publicFigures()).byStructure.map((s: any) => s.organizationId)).toEqual([orgA]);
    expect(refusal(await anonymous()<any>(IMPACT, { year: 1990 })).code).toBe('BAD_USER_INPUT');
  });

  it('rejects a pending month with a reason, and refuses to review it twice', async () => {
    const [pendingB] = (await admin()<any>(LIST, { org: orgB, status: 'PENDING' })).data.impactDeclarations;
    const noReason = await admin()<any>(REJECT, { id: pendingB.id, reason: ' ' });
    expect(refusal(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'REASON_REQUIRED' });
    const rejected = await admin()<any>(REJECT, { id: pendingB.id, reason: 'Poids du vélo à vérifier' });
    expect(rejected.data.rejectImpactDeclaration).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Poids du vélo à vérifier',
    });
    const again = await admin()<any>(VALIDATE, { id: pendingB.id });
    expect(refusal(again)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVIEWED' });
    expect((await publicFigures()).byStructure).toHaveLength(1);
  });

  it('serves partners a framable counter of the validated figures, citing the factor set', async () => {
    const res = await request(t.app).get('/embed/impact?lang=fr');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    expect(res.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.text).toContain('<strong>0,9</strong> tonnes détournées');
    expect(res.text).toContain('ADEME Base Empreinte');
    expect(res.text).not.toContain('<script');
    const en = await request(t.app).get('/embed/impact?lang=en');
    expect(en.text).toContain('tonnes kept out of landfill');
    expect((await request(t.app).get('/embed/impact?annee=abc')).status).toBe(400);
  });
});
