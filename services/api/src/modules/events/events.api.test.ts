import { DateTime } from 'luxon';
import { useTestApp } from '../../../test/app';
import { buildOrganization, buildPlace } from '../../../test/factories';
import { signedInAs } from '../../../test/staff';
import { createLogger } from '../../shared/logger';
import { EventChangeModel, EventModel } from './event.model';
import { EventsService } from './events.service';

const t = useTestApp({ seedDemo: false });

const CREATE = `mutation ($input: EventInput!) {
  createEvent(input: $input) { id title kind startsAt endsAt recurrence bookingUrl version venue { name commune inseeCode } }
}`;
const AGENDA = `query ($near: GeoPointInput, $radiusKm: Float, $from: String, $to: String, $filter: EventFilter, $first: Int, $after: String) {
  events(near: $near, radiusKm: $radiusKm, from: $from, to: $to, filter: $filter, first: $first, after: $after) {
    nodes { start end distanceMeters event { id title kind place { slug name openNow distanceMeters } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const cherbourg = { lat: 49.64, lng: -1.62 };
type AgendaData = { events: any; place?: any };
const winter = { from: '2027-01-01', to: '2027-12-31' };

/** A published place of a new organisation in the directory, and a STRUCTURE account of that organisation. */
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

const repairCafe = (placeId: string, fields: Record<string, unknown> = {}) => ({
  title: 'Repair café du samedi',
  kind: 'REPAIR_CAFE',
  startsAt: '2027-01-09T14:00',
  endsAt: '2027-01-09T17:00',
  recurrence: 'FREQ=MONTHLY;BYDAY=2SA;COUNT=12',
  actions: ['REPAIR'],
  bookingUrl: 'https://example.fr/reserver',
  placeId,
  ...fields,
});

describe('events', () => {
  it('lets a structure publish a monthly repair café at its place, listed in Paris time across the clock change', async () => {
    const { place, gql } = await structureWithPlace();
    const created = await gql(CREATE, { input: repairCafe(place._id.toString()) });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createEvent).toMatchObject({
      title: 'Repair café du samedi',
      recurrence: 'FREQ=MONTHLY;BYDAY=+2SA;COUNT=12', // rrule's spelling of the same rule
      venue: { name: 'Ressourcerie test', inseeCode: '50129' },
    });

    const agenda = await t.gql<AgendaData>(AGENDA, { near: cherbourg, radiusKm: 5, ...winter, first: 12 });
    const starts = agenda.data!.events.nodes.map((node: { start: string }) => node.start);
    expect(starts).toHaveLength(12);
    expect(starts[0]).toBe('2027-01-09T14:00:00.000+01:00'); // second Saturday of January
    expect(starts[3]).toBe('2027-04-10T14:00:00.000+02:00'); // summer time: still 14:00 in Paris
    expect(agenda.data!.events.nodes[0].event.place).toMatchObject({ slug: place.slug, name: 'Ressourcerie test' });

    const changes = await EventChangeModel.find({ eventId: created.data!.createEvent.id }).lean();
    expect(changes.map((change) => change.action)).toEqual(['CREATE']);
    expect(changes[0]!.actor?.type).toBe('USER');
  });

  it('shows a place’s next occurrences on its page, from now', async () => {
    const { place, gql } = await structureWithPlace();
    const soon = DateTime.now()
      .setZone('Europe/Paris')
      .plus({ days: 2 })
      .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    const local = (d: DateTime) => d.toFormat("yyyy-LL-dd'T'HH:mm");
    const input = repairCafe(place._id.toString(), {
      startsAt: local(soon),
      endsAt: local(soon.plus({ hours: 2 })),
      recurrence: 'FREQ=WEEKLY;COUNT=3',
    });
    expect((await gql(CREATE, { input })).errors).toBeUndefined();
    const page = await t.gql(
      `query ($slug: String) { place(slug: $slug) { events(first: 2) { start event { title } } } }`,
      {
        slug: place.slug,
      },
    );
    expect((page.data as AgendaData).place!.events).toEqual([
      { start: soon.toISO(), event: { title: 'Repair café du samedi' } },
      { start: soon.plus({ weeks: 1 }).toISO(), event: { title: 'Repair café du samedi' } },
    ]);
  });

  it('refuses a structure writing at another organisation’s place, a moderator and an anonymous caller', async () => {
    const { gql } = await structureWithPlace();
    const other = await buildPlace();
    const before = await EventModel.countDocuments();
    const refused = await gql(CREATE, { input: repairCafe(other._id.toString()) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' });
    const { gql: moderator } = await signedInAs(t.app, 'MODERATOR');
    const asModerator = await moderator(CREATE, { input: repairCafe(other._id.toString()) });
    expect(asModerator.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const anonymous = await t.gql(CREATE, { input: repairCafe(other._id.toString()) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await EventModel.countDocuments()).toBe(before);
  });

  it.each([
    ['a rule without an end', { recurrence: 'FREQ=WEEKLY;BYDAY=SA' }, 'recurrence'],
    ['a COUNT over 500', { recurrence: 'FREQ=DAILY;COUNT=1000' }, 'recurrence'],
    ['an UNTIL more than two years on', { recurrence: 'FREQ=WEEKLY;UNTIL=20300101T000000Z' }, 'recurrence'],
    ['an hourly rule', { recurrence: 'FREQ=HOURLY;COUNT=10' }, 'recurrence'],
    ['a rule that is not one', { recurrence: 'every saturday' }, 'recurrence'],
    ['an end before the start', { endsAt: '2027-01-09T13:00' }, 'endsAt'],
    ['a date that is not one', { startsAt: '2027-02-30T14:00' }, 'startsAt'],
    ['a booking link that is not https', { bookingUrl: 'http://example.fr/reserver' }, 'bookingUrl'],
    ['a javascript: booking link', { bookingUrl: 'javascript:alert(1)' }, 'bookingUrl'],
    ['HTML in the title', { title: 'Repair <b>café</b>' }, 'title'],
    ['HTML in the description', { description: '<img src=x onerror=alert(1)>' }, 'description'],
    ['an unknown action', { actions: ['SMASH'] }, 'actions'],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_, fields, field) => {
    const { place, gql } = await structureWithPlace();
    const before = await EventModel.countDocuments();
    const result = await gql(CREATE, { input: repairCafe(place._id.toString(), fields) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toMatch(/\w/);
    expect(await EventModel.countDocuments()).toBe(before);
    expect(await EventChangeModel.countDocuments({ action: 'CREATE' })).toBe(before);
  });

  it('filters by kind and action, pages without losing or repeating, and refuses a window over a year', async () => {
    const { place, gql } = await structureWithPlace();
    const placeId = place._id.toString();
    await gql(CREATE, {
      input: repairCafe(placeId, {
        recurrence: 'FREQ=WEEKLY;COUNT=5',
        startsAt: '2028-03-04T10:00',
        endsAt: '2028-03-04T12:00',
      }),
    });
    await gql(CREATE, {
      input: repairCafe(placeId, {
        title: 'Vente solidaire',
        kind: 'SALE',
        actions: ['BUY'],
        recurrence: null,
        startsAt: '2028-03-11T09:00',
        endsAt: '2028-03-11T18:00',
      }),
    });
    const window = { from: '2028-03-01', to: '2028-04-30' };
    const sales = await t.gql<AgendaData>(AGENDA, { near: cherbourg, ...window, filter: { kinds: ['SALE'] } });
    expect(sales.data!.events.nodes.map((n: { event: { title: string } }) => n.event.title)).toEqual([
      'Vente solidaire',
    ]);
    const repairs = await t.gql<AgendaData>(AGENDA, { near: cherbourg, ...window, filter: { actions: ['REPAIR'] } });
    expect(repairs.data!.events.nodes).toHaveLength(5);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { data?: any } = await t.gql<AgendaData>(AGENDA, { near: cherbourg, ...window, first: 2, after });
      seen.push(
        ...page.data!.events.nodes.map((n: { start: string; event: { id: string } }) => `${n.event.id}@${n.start}`),
      );
      after = page.data!.events.pageInfo.hasNextPage ? page.data!.events.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);

    const tooWide = await t.gql<AgendaData>(AGENDA, { near: cherbourg, from: '2027-01-01', to: '2037-01-01' });
    expect(tooWide.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const nowhere = await t.gql<AgendaData>(AGENDA, {});
    expect(nowhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'near' });
  });

  it('takes a cancelled event out of the agenda, here and on another instance', async () => {
    const { place, gql } = await structureWithPlace();
    const other = new EventsService({ logger: createLogger('silent'), pollMs: 60_000 });
    await other.start();
    const input = repairCafe(place._id.toString(), {
      startsAt: '2029-06-02T14:00',
      endsAt: '2029-06-02T17:00',
      recurrence: null,
    });
    const { data } = await gql(CREATE, { input });
    const id = data!.createEvent.id as string;
    const june = { from: '2029-06-01', to: '2029-06-30' };
    const ids = async () =>
      (await t.gql<AgendaData>(AGENDA, { near: cherbourg, ...june })).data!.events.nodes.map(
        (n: { event: { id: string } }) => n.event.id,
      );
    const otherIds = () => other.occurrences({ near: cherbourg, ...june }, new Date()).nodes.map((n) => n.event.id);
    await other.poll();
    // Asked three times: the response cache keeps the answer the second time and serves the third.
    for (let i = 0; i < 3; i++) expect(await ids()).toEqual([id]);
    expect(otherIds()).toEqual([id]);

    const cancelled = await gql(`mutation ($id: ID!) { cancelEvent(id: $id) { status version } }`, { id });
    expect(cancelled.data!.cancelEvent).toEqual({ status: 'CANCELLED', version: 2 });
    await other.poll();
    expect(await ids()).toEqual([]);
    expect(otherIds()).toEqual([]);
    other.stop();
    const actions = (await EventChangeModel.find({ eventId: id }).sort({ at: 1 }).lean()).map((c) => c.action);
    expect(actions).toEqual(['CREATE', 'CANCEL']);
  });

  it('lists in the back-office the events a structure manages, not another organisation’s nor past ones', async () => {
    const mine = await structureWithPlace();
    const theirs = await structureWithPlace();
    const at = (placeId: string, title: string, startsAt: string, endsAt: string) =>
      repairCafe(placeId, { title, startsAt, endsAt, recurrence: null });
    await mine.gql(CREATE, { input: at(mine.place._id.toString(), 'Le mien', '2030-05-04T10:00', '2030-05-04T12:00') });
    await mine.gql(CREATE, { input: at(mine.place._id.toString(), 'Passé', '2020-05-04T10:00', '2020-05-04T12:00') });
    await theirs.gql(CREATE, {
      input: at(theirs.place._id.toString(), 'Le leur', '2030-05-04T10:00', '2030-05-04T12:00'),
    });
    const list = await mine.gql(`{ managedEvents { title } }`);
    expect(list.data!.managedEvents).toEqual([{ title: 'Le mien' }]);
    const { gql: moderator } = await signedInAs(t.app, 'MODERATOR');
    expect((await moderator(`{ managedEvents { title } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a structure publish an event of its organisation at a venue, not of another organisation', async () => {
    const { org, gql } = await structureWithPlace();
    const venue = { name: 'Salle des fêtes', commune: 'Valognes', inseeCode: '50615', lat: 49.51, lng: -1.47 };
    const input = {
      title: 'Collecte de jouets',
      kind: 'COLLECTION',
      startsAt: '2029-12-05T09:00',
      endsAt: '2029-12-05T12:00',
      venue,
    };
    const own = await gql(CREATE, { input });
    expect(own.errors).toBeUndefined();
    expect((await EventModel.findById(own.data!.createEvent.id).lean())!.organizationId?.toString()).toBe(
      org._id.toString(),
    );
    const other = await buildOrganization();
    const refused = await gql(CREATE, { input: { ...input, organizationId: other._id.toString() } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' });
    const byCommune = await t.gql<AgendaData>(AGENDA, {
      filter: { communes: ['50615'] },
      from: '2029-12-01',
      to: '2029-12-31',
    });
    expect(byCommune.data!.events.nodes.map((n: { event: { title: string } }) => n.event.title)).toEqual([
      'Collecte de jouets',
    ]);
  });

  it('refuses events to a COLLECTIVITY account, even of its own organisation, at a venue or at its place', async () => {
    const { org, place } = await structureWithPlace();
    const { gql } = await signedInAs(t.app, 'COLLECTIVITY', org._id.toString());
    const venue = { name: 'Mairie', commune: 'Valognes', inseeCode: '50615', lat: 49.51, lng: -1.47 };
    const at = { title: 'Troc', kind: 'COLLECTION', startsAt: '2029-11-05T09:00', endsAt: '2029-11-05T12:00' };
    const refusals = [
      await gql(CREATE, { input: { ...at, venue } }),
      await gql(CREATE, { input: { ...at, placeId: place._id.toString() } }),
    ];
    expect(refusals.map((r) => r.errors?.[0]?.extensions)).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' }),
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' }),
    ]);
    expect(await EventModel.countDocuments({ title: 'Troc' })).toBe(0);
  });
});
