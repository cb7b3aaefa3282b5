import { useTestApp } from './app';
import { buildPlace, buildSuggestion } from './factories';
import { createOrganization, createStaff, gqlWith, sessionCookieFor, type Gql } from './staff';
import { AuditEventModel } from '../src/modules/audit/audit-event.model';
import { ApiKeyService } from '../src/modules/partners/api-key.service';
import type { Role } from '../src/shared/viewer';

// Every role on every staff operation, allowed and refused: the policy modules are the one place that decides.
const ADMIN_TOKEN = 'authorization-test-admin-token-0123456789';
const t = useTestApp({
  seedDemo: false,
  env: {
    REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN,
    REEMPLOI_RATE_ANONYMOUS_PER_MIN: '100000',
    REEMPLOI_SUGGESTIONS_PER_MIN: '10000',
  },
});

type ViewerName =
  | 'anonymous'
  | 'admin'
  | 'adminToken'
  | 'editorOwn'
  | 'editorOther'
  | 'structureOwn'
  | 'structureOther'
  | 'moderator'
  | 'collectivityOwn';
const VIEWERS: ViewerName[] = [
  'anonymous',
  'admin',
  'adminToken',
  'editorOwn',
  'editorOther',
  'structureOwn',
  'structureOther',
  'moderator',
  // A collectivity account attached to the places' organisation: it reads them, but writes no place (docs/staff-guide.md).
  'collectivityOwn',
];
const clients = {} as Record<ViewerName, Gql>;
let ownOrg = '';

async function newPlace(extra: Record<string, unknown> = {}) {
  return (await buildPlace({ organizationId: ownOrg, ...extra }))._id.toString();
}

async function newSuggestion() {
  return (await buildSuggestion({ organizationId: ownOrg }))._id.toString();
}

async function newApiKey() {
  const created = await new ApiKeyService({ defaultRatePerMinute: 100 }).create({ name: 'Association' });
  if (!created.ok) throw new Error(JSON.stringify(created.problems));
  return created.apiKey.id;
}

interface Case {
  operation: string;
  allowed: ViewerName[];
  query: string;
  variables: () => Promise<Record<string, unknown>>;
}

const ADMINS: ViewerName[] = ['admin', 'adminToken'];
const OWNERS: ViewerName[] = [...ADMINS, 'editorOwn', 'structureOwn'];
const MODERATORS: ViewerName[] = [...ADMINS, 'moderator'];
const READERS: ViewerName[] = [...OWNERS, 'moderator', 'collectivityOwn'];
const EVERYONE: ViewerName[] = VIEWERS;

const CASES: Case[] = [
  {
    operation: 'createPlace',
    allowed: OWNERS,
    query:
      'mutation($o: ID) { createPlace(input: { organizationId: $o, fields: { name: "Repair café", kind: REPAIR_CAFE, location: { lat: 49.6, lng: -1.6 } } }) { place { id } problems { field } } }',
    variables: async () => ({ o: ownOrg }),
  },
  {
    operation: 'updatePlace',
    allowed: OWNERS,
    query: 'mutation($id: ID!) { updatePlace(id: $id, version: 1, fields: { name: "Autre nom" }) { place { id } } }',
    variables: async () => ({ id: await newPlace() }),
  },
  {
    operation: 'publishPlace',
    allowed: OWNERS,
    query: 'mutation($id: ID!) { publishPlace(id: $id, version: 1) { id } }',
    variables: async () => ({ id: await newPlace({ status: 'DRAFT' }) }),
  },
  {
    operation: 'closePlace',
    allowed: OWNERS,
    query: 'mutation($id: ID!) { closePlace(id: $id, version: 1, note: "fermé") { id } }',
    variables: async () => ({ id: await newPlace() }),
  },
  {
    operation: 'reopenPlace',
    allowed: OWNERS,
    query: 'mutation($id: ID!) { reopenPlace(id: $id, version: 1) { id } }',
    variables: async () => ({ id: await newPlace({ status: 'CLOSED' }) }),
  },
  {
    operation: 'clearOverride',
    allowed: OWNERS,
    query: 'mutation($id: ID!) { clearOverride(placeId: $id, version: 1, field: "name") { id } }',
    variables: async () => ({ id: await newPlace({ overrides: ['name'], provenance: { name: 'editor' } }) }),
  },
  {
    operation: 'closePlaces',
    allowed: OWNERS,
    query: 'mutation($id: ID!) { closePlaces(places: [{ id: $id, version: 1 }]) { results { id } } }',
    variables: async () => ({ id: await newPlace() }),
  },
  {
    operation: 'setPlacesOpeningHours',
    allowed: OWNERS,
    query:
      'mutation($id: ID!) { setPlacesOpeningHours(places: [{ id: $id, version: 1 }], openingHours: "Mo-Fr 09:00-12:00") { results { id } problems { field } } }',
    variables: async () => ({ id: await newPlace() }),
  },
  {
    operation: 'confirmPlace',
    allowed: OWNERS,
    query: 'mutation($id: ID!) { confirmPlace(id: $id) { id } }',
    variables: async () => ({ id: await newPlace() }),
  },
  {
    operation: 'placesToVerify (query)',
    // Every staff member; each sees the places of their scope (as managedPlaces).
    allowed: [...READERS, 'editorOther', 'structureOther'],
    query: '{ placesToVerify { totalCount } }',
    variables: async () => ({}),
  },
  {
    operation: 'revertPlaceField',
    allowed: ADMINS,
    query: 'mutation($e: ID!) { revertPlaceField(eventId: $e, field: "name", version: 1) { id } }',
    variables: async () => {
      const placeId = await newPlace();
      const event = await AuditEventModel.create({
        placeId,
        at: new Date(),
        action: 'UPDATE',
        actor: { type: 'SYSTEM' },
        changes: [{ field: 'name', before: 'Ancien nom', after: 'Ressourcerie test' }],
        version: 1,
      });
      return { e: event._id.toString() };
    },
  },
  {
    operation: 'acceptSuggestion',
    allowed: MODERATORS,
    query: 'mutation($id: ID!) { acceptSuggestion(id: $id) { suggestion { status } } }',
    variables: async () => ({ id: await newSuggestion() }),
  },
  {
    operation: 'rejectSuggestion',
    allowed: MODERATORS,
    query: 'mutation($id: ID!) { rejectSuggestion(id: $id, reason: "doublon") { suggestion { status } } }',
    variables: async () => ({ id: await newSuggestion() }),
  },
  {
    operation: 'submitSuggestion',
    allowed: EVERYONE,
    query: 'mutation($id: ID!) { submitSuggestion(input: { kind: CLOSED, placeId: $id }) { received } }',
    variables: async () => ({ id: await newPlace() }),
  },
  {
    operation: 'inviteUser',
    allowed: ADMINS,
    query: 'mutation($e: String!) { inviteUser(input: { email: $e, role: MODERATOR }) { user { id } } }',
    variables: async () => ({ e: `m${Math.random().toString(36).slice(2)}@example.fr` }),
  },
  {
    operation: 'updateUser',
    allowed: ADMINS,
    query: 'mutation($id: ID!) { updateUser(id: $id, input: { role: ADMIN }) { user { role } } }',
    variables: async () => ({ id: (await createStaff('MODERATOR')).id }),
  },
  {
    operation: 'issuePasswordLink',
    allowed: ADMINS,
    query: 'mutation($id: ID!) { issuePasswordLink(userId: $id) { url } }',
    variables: async () => ({ id: (await createStaff('MODERATOR')).id }),
  },
  { operation: 'users (query)', allowed: ADMINS, query: '{ users { id } }', variables: async () => ({}) },
  {
    operation: 'organizations (query)',
    allowed: ADMINS,
    query: '{ organizations { id name } }',
    variables: async () => ({}),
  },
  {
    // Anyone may ask (forgot password); the answer is the same whether the address has an account or not.
    operation: 'requestPasswordReset',
    allowed: EVERYONE,
    query: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
    variables: async () => ({ e: (await createStaff('MODERATOR')).email }),
  },
  {
    operation: 'managedPlace (query)',
    allowed: READERS,
    query: 'query($id: ID!) { managedPlace(id: $id) { id version } }',
    variables: async () => ({ id: await newPlace() }),
  },
  {
    operation: 'placeHistory (query)',
    allowed: READERS,
    query: 'query($id: ID!) { placeHistory(id: $id) { id } }',
    variables: async () => ({ id: await newPlace() }),
  },
  {
    operation: 'suggestion (query)',
    allowed: READERS,
    query: 'query($id: ID!) { suggestion(id: $id) { id diff { field } } }',
    variables: async () => ({ id: await newSuggestion() }),
  },
  // Partner API keys (modules/partners): back-office admins and the admin token.
  {
    operation: 'apiKeys (query)',
    allowed: ADMINS,
    query: '{ apiKeys(includeRevoked: true) { id usage(months: 1) { requests } } }',
    variables: async () => ({}),
  },
  {
    operation: 'apiKeyLimits (query)',
    allowed: ADMINS,
    query: '{ apiKeyLimits { defaultRatePerMinute } }',
    variables: async () => ({}),
  },
  {
    operation: 'createApiKey',
    allowed: ADMINS,
    query:
      'mutation { createApiKey(input: { name: "Mairie de Valognes", origins: ["https://www.valognes.fr"] }) { secret problems { field } } }',
    variables: async () => ({}),
  },
  {
    operation: 'revokeApiKey',
    allowed: ADMINS,
    query: 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
    variables: async () => ({ id: await newApiKey() }),
  },
];

beforeAll(async () => {
  ownOrg = await createOrganization('Ressourcerie du Cotentin');
  const otherOrg = await createOrganization('Syndicat voisin');
  const as = async (role: Role, org: string | null) =>
    gqlWith(t.app, { cookie: await sessionCookieFor((await createStaff(role, org)).id) });
  clients.anonymous = gqlWith(t.app);
  clients.adminToken = gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` });
  clients.admin = await as('ADMIN', null);
  clients.editorOwn = await as('EDITOR', ownOrg);
  clients.editorOther = await as('EDITOR', otherOrg);
  clients.structureOwn = await as('STRUCTURE', ownOrg);
  clients.structureOther = await as('STRUCTURE', otherOrg);
  clients.moderator = await as('MODERATOR', null);
  clients.collectivityOwn = await as('COLLECTIVITY', ownOrg);
});

const table = CASES.flatMap((c) => VIEWERS.map((viewer) => ({ ...c, viewer, allow: c.allowed.includes(viewer) })));

describe('authorization of every staff operation', () => {
  it.each(table)('$operation by $viewer: allowed=$allow', async ({ query, variables, viewer, allow }) => {
    const body = await clients[viewer](query, await variables());
    if (allow) {
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data ?? {})[0]).not.toBeNull();
    } else {
      expect(body.errors?.[0]?.extensions?.code).toBe(viewer === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });

  it('lists only the places of their organisation to EDITOR and STRUCTURE, every place to MODERATOR and ADMIN', async () => {
    const otherPlace = await newPlace({ organizationId: null, name: 'Lieu sans organisation' });
    const LIST = '{ managedPlaces(first: 100) { totalCount nodes { id organizationId } } }';
    const own = (await clients.structureOwn(LIST)).data!.managedPlaces;
    expect(own.nodes.every((n: { organizationId: string }) => n.organizationId === ownOrg)).toBe(true);
    expect(own.nodes.map((n: { id: string }) => n.id)).not.toContain(otherPlace);
    expect((await clients.editorOther(LIST)).data!.managedPlaces.nodes.map((n: { id: string }) => n.id)).not.toContain(
      otherPlace,
    );
    expect((await clients.moderator(LIST)).data!.managedPlaces.nodes.map((n: { id: string }) => n.id)).toContain(
      otherPlace,
    );
    expect((await clients.anonymous(LIST)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('shows EDITOR and STRUCTURE only the suggestions about their organisation’s places', async () => {
    const mine = await newSuggestion();
    const QUEUE = '{ suggestions(first: 100) { nodes { id } } }';
    expect((await clients.structureOwn(QUEUE)).data!.suggestions.nodes.map((n: { id: string }) => n.id)).toContain(
      mine,
    );
    expect(
      (await clients.structureOther(QUEUE)).data!.suggestions.nodes.map((n: { id: string }) => n.id),
    ).not.toContain(mine);
    expect((await clients.moderator(QUEUE)).data!.suggestions.nodes.map((n: { id: string }) => n.id)).toContain(mine);
  });
});
