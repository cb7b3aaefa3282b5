import { useTestApp } from '../../../test/app';
import { buildPlace } from '../../../test/factories';
import { createOrganization, signedInAs } from '../../../test/staff';
import { OrganizationModel } from '../organizations';
import { BoardPostModel } from './board-post.model';

type Any = any;
const t = useTestApp({ seedDemo: false });
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

const FIELDS = `id kind title quantity unit subCategoryLabel status hiddenReason editable expired organizationName
  pickup { placeId placeName commune } contact { email phone }`;
const CREATE = `mutation($input: BoardPostInput!, $org: ID) { createBoardPost(input: $input, organizationId: $org) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: BoardPostInput!) { updateBoardPost(id: $id, input: $input) { ${FIELDS} } }`;
const LIST = `query($filter: BoardFilter) { boardPosts(filter: $filter) { totalCount nodes { ${FIELDS} } } }`;

const tiles = (fields: Record<string, unknown> = {}) => ({
  kind: 'OFFER',
  type: 'MATERIAL',
  title: 'Carrelage neuf, fin de chantier',
  quantity: 40,
  unit: 'M2',
  pickupCommune: 'Valognes',
  expiresAt: inDays(14),
  ...fields,
});

let SUB = '';
beforeAll(async () => {
  const { subcategories } = await import('@reemploi/taxonomy');
  SUB = subcategories.find((s) => s.categoryId)!.id;
});

async function structure(name?: string) {
  const org = await createOrganization(name);
  await OrganizationModel.updateOne(
    { _id: org },
    { $set: { profile: { email: `contact@${org}.example`, phone: '02 33 00 00 00' } } },
  );
  const { gql, user } = await signedInAs(t.app, 'STRUCTURE', org);
  return { org, gql, user };
}

describe('resource board', () => {
  it('refuses an organisation id that is not one with BAD_USER_INPUT, not a server error (fuzzing found it)', async () => {
    const { gql } = await signedInAs(t.app, 'ADMIN');
    for (const org of ['Bi', '99999999999999999999']) {
      const asked = await gql('query($org: ID) { boardSubscription(organizationId: $org) { mode } }', { org });
      expect(asked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organizationId' });
      const posted = await gql(CREATE, { input: tiles({ subCategory: SUB }), org });
      expect(posted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organizationId' });
    }
    expect(await BoardPostModel.countDocuments()).toBe(0);
  });

  it('posts an offer picked up at one of the structure’s places; anonymous visitors read it without contact, accounts with it', async () => {
    const { org, gql } = await structure('Recyclerie du Val de Saire');
    const place = await buildPlace({ organizationId: org, name: 'Recyclerie, quai', address: { commune: 'Valognes' } });
    const created = await gql(CREATE, { input: tiles({ subCategory: SUB, pickupPlaceId: place._id.toString() }) });
    expect(created.errors).toBeUndefined();
    const post = created.data!.createBoardPost;
    expect(post).toMatchObject({
      kind: 'OFFER',
      quantity: 40,
      unit: 'M2',
      status: 'OPEN',
      editable: true,
      organizationName: 'Recyclerie du Val de Saire',
      pickup: { placeId: place._id.toString(), placeName: 'Recyclerie, quai', commune: 'Valognes' },
      contact: { email: `contact@${org}.example`, phone: '02 33 00 00 00' },
    });

    const anonymous = (await t.gql<Any>(LIST, { filter: { organizationId: org } })).data!.boardPosts as Any;
    expect(anonymous.nodes).toEqual([expect.objectContaining({ id: post.id, contact: null, editable: false })]);
    const other = await signedInAs(t.app, 'STRUCTURE', await createOrganization());
    const asAccount = (await other.gql(LIST, { filter: { organizationId: org } })).data!.boardPosts;
    expect(asAccount.nodes[0].contact).toEqual({ email: `contact@${org}.example`, phone: '02 33 00 00 00' });

    // The structure chooses to show its contact to everyone.
    await gql(UPDATE, {
      id: post.id,
      input: tiles({ subCategory: SUB, pickupPlaceId: place._id.toString(), publicContact: true }),
    });
    expect((await t.gql<Any>(LIST, { filter: { organizationId: org } })).data!.boardPosts).toMatchObject({
      nodes: [{ contact: { email: `contact@${org}.example` } }],
    });
  });

  it('shows needs to signed-in accounts only', async () => {
    const { org, gql } = await structure();
    const need = await gql(CREATE, {
      input: {
        kind: 'NEED',
        type: 'SPACE',
        title: 'Stockage 30 m² pour l’hiver',
        pickupCommune: 'Brix',
        expiresAt: inDays(30),
      },
    });
    expect(need.errors).toBeUndefined();
    expect((await t.gql<Any>(LIST, { filter: { organizationId: org } })).data!.boardPosts).toEqual({
      totalCount: 0,
      nodes: [],
    });
    expect(
      (await t.gql<Any>(LIST, { filter: { organizationId: org, kind: 'NEED' } })).data!.boardPosts.totalCount,
    ).toBe(0);
    const collectivity = await signedInAs(t.app, 'COLLECTIVITY', await createOrganization());
    expect((await collectivity.gql(LIST, { filter: { organizationId: org } })).data!.boardPosts.totalCount).toBe(1);
  });

  it('refuses a negative quantity, an expiry in the past, a street address as commune and another’s place, storing nothing', async () => {
    const { org, gql } = await structure();
    const elsewhere = await buildPlace();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ quantity: -3 }, 'quantity', 'NEGATIVE_QUANTITY'],
      [{ quantity: 0 }, 'quantity', 'NEGATIVE_QUANTITY'],
      [{ expiresAt: inDays(-1) }, 'expiresAt', 'EXPIRY_IN_PAST'],
      [{ expiresAt: inDays(400) }, 'expiresAt', 'EXPIRY_TOO_FAR'],
      [{ pickupCommune: '12 rue des Lilas, Valognes' }, 'pickupCommune', 'PICKUP_NOT_A_COMMUNE'],
      [{ pickupPlaceId: elsewhere._id.toString() }, 'pickupPlaceId', 'PICKUP_NOT_OWN_PLACE'],
      [{ subCategory: 'not_a_subcategory' }, 'subCategory', 'UNKNOWN_SUB_CATEGORY'],
    ];
    for (const [fields, field, problem] of cases) {
      const res = await gql(CREATE, { input: tiles({ subCategory: SUB, ...fields }) });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, problem });
    }
    expect(await BoardPostModel.countDocuments({ organizationId: org })).toBe(0);
  });

  it('lets no structure edit, close or post for another structure', async () => {
    const owner = await structure();
    const intruder = await structure();
    const post = (await owner.gql(CREATE, { input: tiles({ subCategory: SUB }) })).data!.createBoardPost;
    const edit = await intruder.gql(UPDATE, { id: post.id, input: tiles({ subCategory: SUB, title: 'Pris !' }) });
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' });
    const close = await intruder.gql(`mutation($id: ID!) { closeBoardPost(id: $id) { status } }`, { id: post.id });
    expect(close.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' });
    const forOther = await intruder.gql(CREATE, { input: tiles({ subCategory: SUB }), org: owner.org });
    expect(forOther.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' });
    const editor = await signedInAs(t.app, 'EDITOR', await createOrganization());
    expect(
      (await editor.gql(UPDATE, { id: post.id, input: tiles({ subCategory: SUB }) })).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_ALLOWED',
    });
    const stored = await BoardPostModel.findById(post.id).orFail().lean();
    expect(stored).toMatchObject({ title: 'Carrelage neuf, fin de chantier', status: 'OPEN' });
    expect(await BoardPostModel.countDocuments({ organizationId: intruder.org })).toBe(0);
    // The author closes it: it leaves the board and stays in its own list.
    const closed = await owner.gql(`mutation($id: ID!) { closeBoardPost(id: $id) { status } }`, { id: post.id });
    expect(closed.data!.closeBoardPost.status).toBe('CLOSED');
    expect((await t.gql<Any>(LIST, { filter: { organizationId: owner.org } })).data!.boardPosts.totalCount).toBe(0);
    expect((await owner.gql(LIST, { filter: { mine: true } })).data!.boardPosts.nodes[0].status).toBe('CLOSED');
  });

  it('lets a moderator hide a post with a reason, kept in its trail; the author sees why; a structure cannot hide', async () => {
    const owner = await structure();
    const post = (await owner.gql(CREATE, { input: tiles({ subCategory: SUB }) })).data!.createBoardPost;
    const HIDE = `mutation($id: ID!, $reason: String!) { hideBoardPost(id: $id, reason: $reason) { status hiddenReason } }`;
    expect((await owner.gql(HIDE, { id: post.id, reason: 'x' })).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_ALLOWED',
    });
    const moderator = await signedInAs(t.app, 'EDITOR', await createOrganization());
    expect((await moderator.gql(HIDE, { id: post.id, reason: '  ' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const hidden = await moderator.gql(HIDE, { id: post.id, reason: 'Annonce commerciale hors réseau' });
    expect(hidden.data!.hideBoardPost).toEqual({ status: 'HIDDEN', hiddenReason: 'Annonce commerciale hors réseau' });
    expect((await t.gql<Any>(LIST, { filter: { organizationId: owner.org } })).data!.boardPosts.totalCount).toBe(0);
    expect(
      (await t.gql<Any>(`query($id: ID!) { boardPost(id: $id) { id } }`, { id: post.id })).data!.boardPost,
    ).toBeNull();
    const mine = (await owner.gql(LIST, { filter: { mine: true } })).data!.boardPosts.nodes[0];
    expect(mine).toMatchObject({ status: 'HIDDEN', hiddenReason: 'Annonce commerciale hors réseau' });
    // Closing does not undo a moderator's decision.
    await owner.gql(`mutation($id: ID!) { closeBoardPost(id: $id) { status } }`, { id: post.id });
    const stored = await BoardPostModel.findById(post.id).orFail().lean();
    expect(stored.status).toBe('HIDDEN');
    expect(stored.moderation).toEqual([
      expect.objectContaining({ action: 'HIDE', reason: 'Annonce commerciale hors réseau', userId: moderator.user.id }),
    ]);
    const restored = await moderator.gql(`mutation($id: ID!) { restoreBoardPost(id: $id) { status } }`, {
      id: post.id,
    });
    expect(restored.data!.restoreBoardPost.status).toBe('OPEN');
  });

  it('takes expired posts off the board', async () => {
    const { org, gql } = await structure();
    const post = (await gql(CREATE, { input: tiles({ subCategory: SUB }) })).data!.createBoardPost;
    expect((await t.gql<Any>(LIST, { filter: { organizationId: org } })).data!.boardPosts.totalCount).toBe(1);
    await BoardPostModel.updateOne({ _id: post.id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await t.gql<Any>(LIST, { filter: { organizationId: org } })).data!.boardPosts.totalCount).toBe(0);
    expect(
      (await t.gql<Any>(`query($id: ID!) { boardPost(id: $id) { id } }`, { id: post.id })).data!.boardPost,
    ).toBeNull();
    expect((await gql(LIST, { filter: { mine: true } })).data!.boardPosts.nodes[0].expired).toBe(true);
  });
});
