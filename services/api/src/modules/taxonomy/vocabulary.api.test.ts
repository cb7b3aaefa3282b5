import { useTestApp } from '../../../test/app';
import { createOrganization, createStaff, gqlWith, sessionCookieFor } from '../../../test/staff';
import { ObjectSynonymModel, UnknownObjectQueryModel } from './vocabulary.model';

// "When nothing fits": residents' unknown texts are counted anonymously, and staff turn them into
// synonyms that resolveObject uses without a deploy (issue 11).
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const t = useTestApp({ seedDemo: false, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN } });
const admin = () => gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` });

const REPORT =
  'mutation ($text: String!, $picked: ID) { reportUnknownObject(text: $text, pickedSubcategoryId: $picked) }';
const UNKNOWN = '{ unknownObjectQueries { text count lastSeenAt picked { subcategory { id } count } } }';
const RESOLVE = 'query ($text: String!) { resolveObject(text: $text) { subcategory { id } confidence } }';
const ADD =
  'mutation ($term: String!, $sub: ID!) { addObjectSynonym(term: $term, subcategoryId: $sub) { id term subcategory { id } } }';

async function report(text: string, picked?: string) {
  return (await t.gql<{ reportUnknownObject: boolean }>(REPORT, { text, picked })).data?.reportUnknownObject;
}

describe('unknown objects and staff synonyms', () => {
  it('counts what residents typed that matched nothing, anonymously, with what they picked instead', async () => {
    expect(await report('Trucmuchine')).toBe(true);
    expect(await report('trucmuchine', 'meuble')).toBe(true);
    const { data } = await admin()<{ unknownObjectQueries: unknown[] }>(UNKNOWN);
    expect(data!.unknownObjectQueries).toEqual([
      expect.objectContaining({ text: 'trucmuchine', count: 2, picked: [{ subcategory: { id: 'meuble' }, count: 1 }] }),
    ]);
    const stored = await UnknownObjectQueryModel.findOne({ key: 'trucmuchine' }).lean();
    expect(Object.keys(stored!).sort()).toEqual(['_id', 'count', 'key', 'lastSeenAt', 'picked']);
  });

  it('records no text that matches an object or could be personal, and refuses long ones', async () => {
    expect(await report('canapé')).toBe(false);
    expect(await report('rappelez-moi au 0612345678')).toBe(false);
    expect(await report('jean.dupont@example.fr')).toBe(false);
    const long = await t.gql(REPORT, { text: 'x'.repeat(201) });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownPick = await t.gql(REPORT, { text: 'bidulechose', picked: 'no_such_subcategory' });
    expect(unknownPick.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await UnknownObjectQueryModel.countDocuments({ key: { $ne: 'trucmuchine' } })).toBe(0);
  });

  it('shows the list to staff only: anonymous and STRUCTURE accounts are refused', async () => {
    expect((await t.gql(UNKNOWN)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const structure = await createStaff('STRUCTURE', await createOrganization());
    const asStructure = gqlWith(t.app, { cookie: await sessionCookieFor(structure.id) });
    expect((await asStructure(UNKNOWN)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await asStructure(ADD, { term: 'trucmuchine', sub: 'velo' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await ObjectSynonymModel.countDocuments()).toBe(0);
  });

  it('refuses COLLECTIVITY accounts too: the vocabulary is the syndicate staff’s (ADMIN, EDITOR, MODERATOR)', async () => {
    const collectivity = await createStaff('COLLECTIVITY', await createOrganization());
    const asCollectivity = gqlWith(t.app, { cookie: await sessionCookieFor(collectivity.id) });
    const kept = await admin()<{ addObjectSynonym: { id: string } }>(ADD, { term: 'bidouillette', sub: 'velo' });
    const refusals = [
      await asCollectivity(UNKNOWN),
      await asCollectivity('{ objectSynonyms { id } }'),
      await asCollectivity(ADD, { term: 'trucmuchine', sub: 'velo' }),
      await asCollectivity('mutation ($id: ID!) { removeObjectSynonym(id: $id) }', {
        id: kept.data!.addObjectSynonym.id,
      }),
    ];
    expect(refusals.map((r) => r.errors?.[0]?.extensions)).toEqual(
      refusals.map(() => expect.objectContaining({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' })),
    );
    expect((await ObjectSynonymModel.find().lean()).map((s) => s.term)).toEqual(['bidouillette']);
    await admin()('mutation ($id: ID!) { removeObjectSynonym(id: $id) }', { id: kept.data!.addObjectSynonym.id });
  });

  it('lets staff add a synonym that resolveObject uses at once, and remove it again', async () => {
    expect((await t.gql<{ resolveObject: unknown[] }>(RESOLVE, { text: 'trucmuchine' })).data!.resolveObject).toEqual(
      [],
    );
    const added = await admin()<{ addObjectSynonym: { id: string; term: string } }>(ADD, {
      term: 'Trucmuchine',
      sub: 'velo',
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addObjectSynonym.term).toBe('trucmuchine');
    const resolved = await t.gql<{ resolveObject: unknown[] }>(RESOLVE, { text: 'trucmuchines' });
    expect(resolved.data!.resolveObject[0]).toEqual({ subcategory: { id: 'velo' }, confidence: 'HIGH' });
    expect((await admin()<{ unknownObjectQueries: unknown[] }>(UNKNOWN)).data!.unknownObjectQueries).toEqual([]);
    const listed = await admin()<{ objectSynonyms: { id: string }[] }>(
      '{ objectSynonyms { id term subcategory { id } } }',
    );
    expect(listed.data!.objectSynonyms).toHaveLength(1);
    const removed = await admin()('mutation ($id: ID!) { removeObjectSynonym(id: $id) }', {
      id: added.data!.addObjectSynonym.id,
    });
    expect(removed.data).toEqual({ removeObjectSynonym: true });
    expect((await t.gql<{ resolveObject: unknown[] }>(RESOLVE, { text: 'trucmuchine' })).data!.resolveObject).toEqual(
      [],
    );
  });

  it('refuses a synonym for an unknown sub-category or without letters, storing nothing', async () => {
    const badSub = await admin()(ADD, { term: 'machin', sub: 'no_such_subcategory' });
    expect(badSub.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badTerm = await admin()(ADD, { term: ' - ', sub: 'velo' });
    expect(badTerm.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await ObjectSynonymModel.countDocuments()).toBe(0);
  });
});
