import { useTestApp } from '../../../test/app';
import { readFeed } from '../../../test/change-feed';
import { eventually } from '../../../test/eventually';
import { buildOrganization, buildPlace } from '../../../test/factories';
import { gqlWith, signedInAs } from '../../../test/staff';
import { startWebhookReceiver } from '../../../test/webhook-receiver';

const CREATE = `mutation ($input: EventInput!) { createEvent(input: $input) { id version } }`;
const UPDATE = `mutation ($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id version } }`;
const CANCEL = `mutation ($id: ID!) { cancelEvent(id: $id) { status } }`;

const repairCafe = (where: Record<string, unknown>, title = 'Repair café du feed') => ({
  title,
  kind: 'REPAIR_CAFE',
  startsAt: '2027-02-13T14:00',
  endsAt: '2027-02-13T17:00',
  actions: ['REPAIR'],
  ...where,
});

describe('events in the partners change feed', () => {
  // Loopback is reachable only because the operator's allow-list says so (webhooks tests).
  const t = useTestApp({
    seedDemo: false,
    env: { REEMPLOI_IMPORT_ALLOWED_HOSTS: '*, 127.0.0.1', REEMPLOI_WEBHOOK_TICK_MS: '100' },
  });

  async function structureWithPlace() {
    const org = await buildOrganization();
    const place = await buildPlace({
      organizationId: org._id,
      address: { commune: 'Cherbourg-en-Cotentin', inseeCode: '50129' },
    });
    await t.directory.refresh();
    const { gql } = await signedInAs(t.app, 'STRUCTURE', org._id.toString());
    return { org, place, gql };
  }

  it('gives a partner an EVENT entry for the place when an event is created, edited and cancelled, in order', async () => {
    const { place, gql } = await structureWithPlace();
    const start = (await readFeed(t.gql)).endCursor;
    const placeId = place._id.toString();

    const created = await gql(CREATE, { input: repairCafe({ placeId }) });
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createEvent;
    const updated = await gql(UPDATE, { id, input: repairCafe({ placeId }, 'Repair café (salle 2)') });
    expect(updated.errors).toBeUndefined();
    expect((await gql(CANCEL, { id })).errors).toBeUndefined();
    expect(version).toBe(1);

    const { changes } = await readFeed(t.gql, start);
    expect(changes.map((c) => [c.kind, c.placeId, c.version, c.commune])).toEqual([
      ['EVENT', placeId, null, 'Cherbourg-en-Cotentin'],
      ['EVENT', placeId, null, 'Cherbourg-en-Cotentin'],
      ['EVENT', placeId, null, 'Cherbourg-en-Cotentin'],
    ]);
  });

  it('gives a venue event an EVENT entry without a place, in the venue’s commune (territory keys filter it)', async () => {
    const { gql } = await signedInAs(t.app, 'ADMIN');
    const start = (await readFeed(t.gql)).endCursor;
    const venue = { name: 'Salle des fêtes', commune: 'Valognes', inseeCode: '50615', lat: 49.51, lng: -1.47 };
    const created = await gql(CREATE, { input: repairCafe({ venue }) });
    expect(created.errors).toBeUndefined();
    expect((await gql(CANCEL, { id: created.data!.createEvent.id })).errors).toBeUndefined();

    const { changes } = await readFeed(t.gql, start);
    expect(changes.map((c) => [c.kind, c.placeId, c.commune])).toEqual([
      ['EVENT', null, 'Valognes'],
      ['EVENT', null, 'Valognes'],
    ]);

    // A key restricted to another commune does not see them.
    const key = await gql(`mutation { createApiKey(input: { name: "Mairie", territory: ["Bricquebec"] }) { secret } }`);
    const bricquebec = gqlWith(t.app, { 'x-api-key': key.data!.createApiKey.secret });
    expect((await readFeed(bricquebec, start)).changes).toEqual([]);
  });

  it('sends an EVENT delivery to a webhook subscribed to EVENT', async () => {
    const receiver = await startWebhookReceiver(() => 204);
    try {
      const { gql: admin } = await signedInAs(t.app, 'ADMIN');
      const key = await admin(`mutation { createApiKey(input: { name: "Agenda partenaire" }) { apiKey { id } } }`);
      const hook = await admin(
        `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`,
        {
          input: {
            apiKeyId: key.data!.createApiKey.apiKey.id,
            url: receiver.url,
            kinds: ['EVENT'],
            contactEmail: 'agenda@partenaire.example',
          },
        },
      );
      expect(hook.errors).toBeUndefined();
      const { place, gql } = await structureWithPlace();
      const created = await gql(CREATE, { input: repairCafe({ placeId: place._id.toString() }) });
      expect(created.errors).toBeUndefined();

      await eventually(async () => expect(receiver.received).toHaveLength(1));
      expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({
        type: 'place.event',
        data: { kind: 'EVENT', placeId: place._id.toString() },
      });
    } finally {
      await receiver.stop();
    }
  });
});
