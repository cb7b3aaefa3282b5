import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { eventually } from '../../../test/eventually';
import { createOrganization, signedInAs } from '../../../test/staff';
import { ApiKeyModel } from './api-key.model';
import { ApiKeyService } from './api-key.service';

const CREATE = `mutation Create($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret problems { field message } apiKey { id name prefix origins ratePerMinute scopes } }
}`;

describe('API key management and territory over GraphQL', () => {
  const t = useTestApp({ env: { REEMPLOI_APIKEY_REFRESH_MS: '1000' } });
  const keys = new ApiKeyService({ defaultRatePerMinute: 600 });
  const secrets = { admin: '', reader: '', valognes: '' };

  beforeAll(async () => {
    const make = async (input: Parameters<ApiKeyService['create']>[0]) => {
      const created = await keys.create(input);
      if (!created.ok) throw new Error(JSON.stringify(created.problems));
      return created.secret;
    };
    secrets.admin = await make({ name: 'Back-office', scopes: ['READ', 'ADMIN'] });
    secrets.reader = await make({ name: 'Association' });
    secrets.valognes = await make({ name: 'Mairie de Valognes', territory: ['Valognes'] });
    // Wait for the registry refresh to pick the keys up.
    for (let i = 0; i < 40; i += 1) {
      const res = await request(t.app)
        .post('/graphql')
        .set('X-Api-Key', secrets.valognes)
        .send({ query: '{ currentApiKey { id } }' });
      if (res.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  const gql = async (query: string, variables: Record<string, unknown> = {}, key?: string) => {
    const req = request(t.app).post('/graphql').send({ query, variables });
    if (key) req.set('X-Api-Key', key);
    return (await req).body;
  };

  it('lets an ADMIN key create a key whose secret appears only in that response', async () => {
    const body = await gql(
      CREATE,
      { input: { name: 'Syndicat', origins: ['https://syndicat.example'], ratePerMinute: 900 } },
      secrets.admin,
    );
    const payload = body.data.createApiKey;
    expect(payload.problems).toEqual([]);
    expect(payload.secret).toMatch(/^rmp_live_/);
    expect(payload.apiKey).toMatchObject({
      name: 'Syndicat',
      origins: ['https://syndicat.example'],
      ratePerMinute: 900,
      scopes: ['READ'],
    });
    const list = await gql('{ apiKeys { name prefix } }', {}, secrets.admin);
    expect(list.data.apiKeys.map((k: { name: string }) => k.name)).toContain('Syndicat');
    expect(JSON.stringify(list)).not.toContain(payload.secret);
  });

  it('returns fixable input problems as data, not errors', async () => {
    const body = await gql(CREATE, { input: { name: 'x', origins: ['ftp://nope'] } }, secrets.admin);
    expect(body.errors).toBeUndefined();
    expect(body.data.createApiKey.secret).toBeNull();
    expect(body.data.createApiKey.problems.map((p: { field: string }) => p.field).sort()).toEqual([
      'name',
      'origins.0',
    ]);
  });

  it('refuses key management anonymously (UNAUTHENTICATED) and with a READ key (FORBIDDEN)', async () => {
    expect((await gql('{ apiKeys { id } }')).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql('{ apiKeys { id } }', {}, secrets.reader)).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets a back-office ADMIN session create, list and revoke a key, which then stops working', async () => {
    const { user, gql: admin } = await signedInAs(t.app, 'ADMIN');
    const limits = await admin('{ apiKeyLimits { defaultRatePerMinute maxRatePerMinute } }');
    expect(limits.data).toEqual({ apiKeyLimits: { defaultRatePerMinute: 3000, maxRatePerMinute: 100_000 } });

    const created = (
      await admin(CREATE, { input: { name: 'Office de tourisme', origins: ['https://www.valognes.fr/'] } })
    ).data!.createApiKey;
    expect(created.problems).toEqual([]);
    expect(created.apiKey).toMatchObject({
      origins: ['https://www.valognes.fr'],
      ratePerMinute: 3000,
      scopes: ['READ'],
    });
    expect((await ApiKeyModel.findById(created.apiKey.id).lean())!.createdBy).toBe(`user:${user.id}`);
    const keyed = () =>
      request(t.app)
        .post('/graphql')
        .set({ 'X-Api-Key': created.secret, Origin: 'https://www.valognes.fr' })
        .send({ query: '{ currentApiKey { name } }' });
    await eventually(async () =>
      expect((await keyed()).body.data?.currentApiKey).toEqual({ name: 'Office de tourisme' }),
    );

    const LIST =
      'query($all: Boolean) { apiKeys(includeRevoked: $all) { id revokedAt usage(months: 1) { requests } } }';
    const listed = (await admin(LIST)).data!.apiKeys.find((k: { id: string }) => k.id === created.apiKey.id);
    expect(listed).toMatchObject({ revokedAt: null });

    const revoked = await admin('mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }', {
      id: created.apiKey.id,
    });
    expect(revoked.data!.revokeApiKey.revokedAt).toEqual(expect.any(String));
    expect((await admin(LIST)).data!.apiKeys.map((k: { id: string }) => k.id)).not.toContain(created.apiKey.id);
    expect((await admin(LIST, { all: true })).data!.apiKeys.map((k: { id: string }) => k.id)).toContain(
      created.apiKey.id,
    );
    await eventually(async () => expect((await keyed()).status).toBe(401));
  });

  it('refuses key management to EDITOR, STRUCTURE and MODERATOR sessions with FORBIDDEN', async () => {
    const organizationId = await createOrganization('Ressourcerie du Cotentin');
    for (const role of ['EDITOR', 'STRUCTURE', 'MODERATOR'] as const) {
      const { gql: staff } = await signedInAs(t.app, role, role === 'MODERATOR' ? null : organizationId);
      expect((await staff('{ apiKeys { id } }')).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await staff(CREATE, { input: { name: 'Intrus' } })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    expect(await ApiKeyModel.countDocuments({ name: 'Intrus' })).toBe(0);
  });

  it('tells a partner which key it is using', async () => {
    const body = await gql('{ currentApiKey { name scopes territory } }', {}, secrets.valognes);
    expect(body.data.currentApiKey).toEqual({ name: 'Mairie de Valognes', scopes: ['READ'], territory: ['Valognes'] });
    expect((await gql('{ currentApiKey { name } }')).data.currentApiKey).toBeNull();
  });

  it('restricts a territorial key to its communes and refuses communes outside it', async () => {
    const listing = await gql(
      '{ places(first: 100) { totalCount edges { node { address { commune } } } } }',
      {},
      secrets.valognes,
    );
    const communes = new Set(
      listing.data.places.edges.map((e: { node: { address: { commune: string } } }) => e.node.address.commune),
    );
    expect(listing.data.places.totalCount).toBeGreaterThan(0);
    expect([...communes]).toEqual(['Valognes']);
    const outside = await gql(
      '{ places(filter: { communes: ["Cherbourg-en-Cotentin"] }) { totalCount } }',
      {},
      secrets.valognes,
    );
    expect(outside.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_TERRITORY' });
  });
});
