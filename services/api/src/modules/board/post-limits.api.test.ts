import { useTestApp } from '../../../test/app';
import { createOrganization, signedInAs } from '../../../test/staff';
import { BoardPostModel } from './board-post.model';
import { POSTS_PER_DAY } from './post-limits';

const t = useTestApp({ seedDemo: false });
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

const CREATE = `mutation($input: BoardPostInput!) { createBoardPost(input: $input) { id competence } }`;
const UPDATE = `mutation($id: ID!, $input: BoardPostInput!) { updateBoardPost(id: $id, input: $input) { id competence } }`;
const ADD_COMPETENCE = `mutation($input: AddCompetenceInput!) { addCompetence(input: $input) { code } }`;

const van = (fields: Record<string, unknown> = {}) => ({
  kind: 'OFFER',
  type: 'EQUIPMENT',
  title: 'Camion 20 m³ le mardi',
  pickupCommune: 'Valognes',
  expiresAt: inDays(14),
  ...fields,
});
const skill = (competence: string) => ({ ...van(), kind: 'NEED', type: 'SKILL', title: 'Besoin', competence });

describe('limits on posting', () => {
  it(`refuses an account's post past ${POSTS_PER_DAY} in 24 hours with RATE_LIMITED, storing nothing; other accounts still post`, async () => {
    const org = await createOrganization();
    const { gql, user } = await signedInAs(t.app, 'STRUCTURE', org);
    for (let i = 0; i < POSTS_PER_DAY; i++) {
      const created = await gql(CREATE, { input: van({ title: `Camion n° ${i + 1}` }) });
      expect(created.errors).toBeUndefined();
    }
    const refused = await gql(CREATE, { input: van({ title: 'Une de trop' }) });
    expect(refused.errors![0]!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const retry = refused.errors![0]!.extensions!.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(23 * 3600);
    expect(retry).toBeLessThanOrEqual(24 * 3600);
    expect(await BoardPostModel.countDocuments({ authorId: user.id })).toBe(POSTS_PER_DAY);
    expect(await BoardPostModel.exists({ title: 'Une de trop' })).toBeNull();

    // The limit is the account's: a colleague of the same structure, and another structure, still post.
    const colleague = await signedInAs(t.app, 'STRUCTURE', org);
    expect((await colleague.gql(CREATE, { input: van() })).errors).toBeUndefined();
    const other = await signedInAs(t.app, 'STRUCTURE', await createOrganization());
    expect((await other.gql(CREATE, { input: van() })).errors).toBeUndefined();
  });

  it('counts only the last 24 hours: posts older than a day free the account again', async () => {
    const { gql, user } = await signedInAs(t.app, 'STRUCTURE', await createOrganization());
    const old = new Date(Date.now() - 25 * 3600 * 1000);
    await BoardPostModel.collection.insertMany(
      Array.from({ length: POSTS_PER_DAY }, (_, i) => ({
        organizationId: null,
        organizationName: 'Hier',
        authorId: user.id,
        kind: 'OFFER',
        type: 'EQUIPMENT',
        title: `Hier ${i}`,
        pickup: { commune: 'Valognes' },
        expiresAt: new Date(Date.now() + 24 * 3600 * 1000),
        status: 'CLOSED',
        createdAt: old,
        updatedAt: old,
      })),
    );
    expect((await gql(CREATE, { input: van() })).errors).toBeUndefined();
  });

  it('refuses a competence outside the vocabulary with UNKNOWN_COMPETENCE and stores nothing; takes the vocabulary’s, including an added one', async () => {
    const org = await createOrganization();
    const { gql } = await signedInAs(t.app, 'STRUCTURE', org);
    const refused = await gql(CREATE, { input: skill('PLUMBING_MAGIC') });
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'competence',
      problem: 'UNKNOWN_COMPETENCE',
    });
    expect(await BoardPostModel.exists({ organizationId: org })).toBeNull();

    const repair = await gql(CREATE, { input: skill('REPAIR') });
    expect(repair.data?.createBoardPost.competence).toBe('REPAIR');

    // An administrator's new term is usable at once.
    const admin = await signedInAs(t.app, 'ADMIN');
    await admin.gql(ADD_COMPETENCE, { input: { code: 'BIKE_WORKSHOPS', label: 'Ateliers vélo' } });
    const bikes = await gql(CREATE, { input: skill('BIKE_WORKSHOPS') });
    expect(bikes.errors).toBeUndefined();

    // An update with an unknown code changes nothing.
    const id = repair.data!.createBoardPost.id as string;
    const update = await gql(UPDATE, { id, input: skill('NOT_A_TERM') });
    expect(update.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'UNKNOWN_COMPETENCE' });
    expect((await BoardPostModel.findById(id).lean())!.competence).toBe('REPAIR');
  });
});
