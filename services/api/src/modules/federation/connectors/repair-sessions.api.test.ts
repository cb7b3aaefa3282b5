import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { useTestApp } from '../../../../test/app';
import { importFile } from '../../../../test/federation-import';
import { fixture } from '../../../../test/federation-fixtures';
import { createLogger } from '../../../shared/logger';
import { EventChangeModel, EventModel } from '../../events';
import { PlaceModel } from '../../places/place.model';
import { loadPlace, updatePlace } from '../../places/commands/update-place';

/**
 * A repair café's sessions (Restarters.net API v2, fixtures reconstructed from its documented schema: see
 * repair-events.import.test.ts) stored as events of its place. The fixtures' dates are moved so that the first
 * session is 30 days from now, whenever the test runs: the place page shows the next 90 days.
 */
const FIRST_SESSION = Date.parse('2026-12-12T13:00:00+00:00');
const DAY = 86_400_000;
/** Whole days (events are to the minute). */
const shift = Math.round((Date.now() + 30 * DAY - FIRST_SESSION) / DAY) * DAY;

/** The fixture's items with every readable start and end moved by `shift` (a MySQL zero date stays as it is). */
function moved(file: string): { data: Record<string, any>[] } {
  return JSON.parse(readFileSync(fixture(file), 'utf8'), (key, value: unknown) =>
    (key === 'start' || key === 'end') && typeof value === 'string' && !Number.isNaN(Date.parse(value))
      ? new Date(Date.parse(value) + shift).toISOString()
      : value,
  ) as { data: Record<string, any>[] };
}

const EVENTS = '/api/v2/networks/7/events';
const GROUPS = '/api/v2/networks/7/groups';
const SOURCE = 'Repair cafés Normandie';
const eventsAnswer = () => moved('repair-events-restarters.json');

function useRestartersApi() {
  const api = { url: '', answers: {} as Record<string, unknown> };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const answer = api.answers[new URL(req.url ?? '/', 'http://localhost').pathname];
      if (!answer) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return api;
}

const t = useTestApp({ seedDemo: false, env: { REEMPLOI_INDEX_POLL_MS: '200' } });
const api = useRestartersApi();

const PLACE_EVENTS = `query ($id: ID!) { place(id: $id) { events(first: 10) { start end event { id title kind bookingUrl } } } }`;

/** Runs the import, then lets the app's directory see the places it wrote. */
async function importFrom(path: string) {
  const summary = await importFile('repair-events', SOURCE, `${api.url}${path}`);
  expect(summary.status).toBe('SUCCEEDED');
  await t.directory.refresh();
  return summary;
}

const placeOf = async (groupId: string) => (await PlaceModel.findOne({ 'sources.externalId': groupId }).lean())!;
const importedEvents = () =>
  EventModel.find({ origin: { $ne: null } })
    .sort({ 'origin.key': 1 })
    .lean();
const startOf = (id: number, answer = eventsAnswer()) => Date.parse(answer.data.find((e) => e.id === id)!.start);

/** The place page's next sessions once the app's agenda has caught up (it polls the database). */
async function sessionsOnPage(placeId: string, expected: number[]): Promise<number[]> {
  for (let attempt = 0; ; attempt += 1) {
    const body = await t.gql<{ place: { events: { start: string }[] } }>(PLACE_EVENTS, { id: placeId });
    expect(body.errors).toBeUndefined();
    const starts = body.data!.place.events.map((o) => Date.parse(o.start));
    if (JSON.stringify(starts) === JSON.stringify(expected) || attempt === 100) return starts;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('repair café sessions (Restarters.net) as events of their place', () => {
  it('stores each dated session held at a French repair café as an event of its place, shown on its page and in its feed', async () => {
    api.answers = { [EVENTS]: eventsAnswer() };
    await importFrom(EVENTS);

    const cherbourg = await placeOf('1201');
    const valognes = await placeOf('1202');
    const events = await importedEvents();
    // 8801 and 8803 at Cherbourg, 8802 at Valognes; not the online session (8807), the one without a readable
    // end (8805), Brighton's (8804) nor the online group's (8808, rejected: no place).
    expect(events.map((e) => [e.origin!.key, String(e.placeId), e.status, e.kind, e.title])).toEqual([
      ['8801', String(cherbourg._id), 'SCHEDULED', 'REPAIR_CAFE', 'Repair Café de Cherbourg'],
      ['8802', String(valognes._id), 'SCHEDULED', 'REPAIR_CAFE', 'Repair Café Valognes'],
      ['8803', String(cherbourg._id), 'SCHEDULED', 'REPAIR_CAFE', 'Repair Café de Cherbourg'],
    ]);
    expect(events[0]).toMatchObject({
      venue: { name: 'Repair Café de Cherbourg', lat: 49.6405, lng: -1.6236, placeSlug: cherbourg.slug },
      durationMs: 3.5 * 3_600_000,
      actions: ['REPAIR'],
    });
    expect(await EventChangeModel.countDocuments({ 'actor.type': 'IMPORT', action: 'CREATE' })).toBe(3);

    expect(await sessionsOnPage(String(cherbourg._id), [startOf(8801), startOf(8803)])).toEqual([
      startOf(8801),
      startOf(8803),
    ]);
    const feed = await request(t.app).get(`/ical/place/${cherbourg.slug}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.text.match(/SUMMARY:Repair Café de Cherbourg/g)).toHaveLength(2);
  });

  it('changes nothing when the same answer is read again', async () => {
    const before = await importedEvents();
    const changes = await EventChangeModel.countDocuments({});
    await importFrom(EVENTS);
    expect(await importedEvents()).toEqual(before);
    expect(await EventChangeModel.countDocuments({})).toBe(changes);
  });

  it('moves a session that moved (same event, a new version) and cancels one no longer listed', async () => {
    const answer = eventsAnswer();
    const later = (iso: string) => new Date(Date.parse(iso) + 3_600_000).toISOString();
    const moved8801 = answer.data.find((e) => e.id === 8801)!;
    moved8801.start = later(moved8801.start as string);
    moved8801.end = later(moved8801.end as string);
    answer.data = answer.data.filter((e) => e.id !== 8803);
    api.answers = { [EVENTS]: answer };
    const before = new Map((await importedEvents()).map((e) => [e.origin!.key, e]));
    await importFrom(EVENTS);

    const after = new Map((await importedEvents()).map((e) => [e.origin!.key, e]));
    expect(after.get('8801')).toMatchObject({ _id: before.get('8801')!._id, version: 2, status: 'SCHEDULED' });
    expect(after.get('8801')!.starts).toEqual([startOf(8801) + 3_600_000]);
    expect(after.get('8803')).toMatchObject({ _id: before.get('8803')!._id, status: 'CANCELLED' });
    expect(after.get('8802')).toMatchObject({ version: 1, status: 'SCHEDULED' });
    const cherbourg = await placeOf('1201');
    expect(await sessionsOnPage(String(cherbourg._id), [startOf(8801) + 3_600_000])).toEqual([
      startOf(8801) + 3_600_000,
    ]);
  });

  it('cancels nothing from an answer limited to the sessions changed in a window (updated_start)', async () => {
    const answer = eventsAnswer();
    answer.data = answer.data.filter((e) => e.id !== 8802);
    api.answers = { [EVENTS]: answer };
    await importFrom(`${EVENTS}?updated_start=2026-11-01T00:00:00Z`);
    const events = new Map((await importedEvents()).map((e) => [e.origin!.key, e]));
    expect(events.get('8802')).toMatchObject({ status: 'SCHEDULED', version: 1 });
  });

  it('schedules a cancelled session again when it is listed again', async () => {
    api.answers = { [EVENTS]: eventsAnswer() };
    await importFrom(EVENTS);
    const events = new Map((await importedEvents()).map((e) => [e.origin!.key, e]));
    expect(events.get('8803')).toMatchObject({ status: 'SCHEDULED', version: 3 });
    expect(events.get('8801')).toMatchObject({ starts: [startOf(8801)], version: 3 });
  });

  it('reading the groups list (next session only) cancels none of the sessions after the next one', async () => {
    api.answers = { [GROUPS]: moved('repair-groups-restarters.json') };
    const before = await importedEvents();
    await importFrom(GROUPS);
    expect(await importedEvents()).toEqual(before);
  });

  it('follows its place: once staff give the place its commune code, its sessions reach the commune’s feed', async () => {
    const cherbourg = await placeOf('1201');
    const { version } = await loadPlace(String(cherbourg._id));
    await updatePlace(
      {
        placeId: String(cherbourg._id),
        expectedVersion: version,
        actor: { type: 'SYSTEM' },
        action: 'UPDATE',
        changes: { 'address.inseeCode': '50129' },
        overrides: { mode: 'set', fields: [] },
      },
      { directory: { apply: () => undefined }, logger: createLogger('silent') },
    );
    api.answers = { [EVENTS]: eventsAnswer() };
    await importFrom(EVENTS);
    const events = (await importedEvents()).filter((e) => String(e.placeId) === String(cherbourg._id));
    expect(events.map((e) => e.venue!.inseeCode)).toEqual(['50129', '50129']);

    for (let attempt = 0; ; attempt += 1) {
      const feed = await request(t.app).get('/ical/commune/50129.ics');
      const summaries = feed.text.match(/SUMMARY:Repair Café de Cherbourg/g) ?? [];
      if (summaries.length === 2 || attempt === 100) {
        expect(summaries).toHaveLength(2);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});
