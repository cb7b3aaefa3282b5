import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useTestDatabase } from '../../../../test/db';
import { countsOf, importFile } from '../../../../test/federation-import';
import { fixture } from '../../../../test/federation-fixtures';
import { PlaceModel } from '../../places/place.model';
import { SourceModel } from '../../places/source.model';
import { ImportRunModel } from '../runs/import-run.model';
import { MatchReviewModel } from '../matching/match-review.model';
import { RepairGroups, repairEvents } from './repair-events';

/**
 * repair-events-restarters.json and repair-groups-restarters.json are reconstructed from the documented
 * schemas of Restarters.net's API v2 (EventSummary, GroupSummary, GroupLocation in its OpenAPI
 * annotations), not recorded: the groups are invented. Odd values kept on purpose: a group without
 * coordinates (its session has them), coordinates as strings, a MySQL zero date as a session's end, an
 * online session, a group in another country, an event whose group has no id.
 */
function useRestartersApi() {
  const api = { url: '' };
  const answers: Record<string, string> = {
    '/api/v2/networks/7/events': 'repair-events-restarters.json',
    '/api/v2/networks/7/groups': 'repair-groups-restarters.json',
  };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const file = answers[new URL(req.url ?? '/', 'http://localhost').pathname];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(fixture(file)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return api;
}

const placeOf = (externalId: string) => PlaceModel.findOne({ 'sources.externalId': externalId }).lean();

describe('repair events connector (Restarters.net API)', () => {
  useTestDatabase();
  const api = useRestartersApi();
  beforeAll(() => Promise.all([PlaceModel.init(), SourceModel.init(), ImportRunModel.init(), MatchReviewModel.init()]));

  it('lists each French repair café of a network’s events once, as a place repairing what repair cafés mend', async () => {
    const summary = await importFile('repair-events', 'Repair cafés', `${api.url}/api/v2/networks/7/events`);

    expect(countsOf(summary)).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      rejected: 2,
      closed: 0,
      queuedForReview: 0,
    });
    expect(summary.errors).toEqual([
      { line: 6, externalId: '8806', code: 'ROW_UNREADABLE', reason: 'the event’s group has no id' },
      { line: 8, externalId: '1204', code: 'LOCATION_MISSING', reason: expect.any(String) },
    ]);
    const cherbourg = (await placeOf('1201'))!;
    expect(cherbourg).toMatchObject({
      name: 'Repair Café de Cherbourg',
      kind: 'REPAIR_CAFE',
      address: { street: "Maison des associations, 12 rue de l'Abbaye", postcode: '50100' },
      location: { coordinates: [-1.6236, 49.6405] },
    });
    expect(cherbourg.offers).toEqual([
      {
        action: 'REPAIR',
        subcategories: expect.arrayContaining(['petit_electromenager', 'vetement', 'materiel_informatique']),
      },
    ]);
    expect(cherbourg.sources[0]).toMatchObject({
      url: `${api.url}/group/view/1201`,
      licence: 'CC BY-SA 4.0',
    });
    // A group the platform has not located is placed where its session takes place.
    expect((await placeOf('1202'))!.location?.coordinates).toEqual([-1.47, 49.5086]);
    // A session without a readable end does not keep its group out.
    expect((await placeOf('1203'))!.name).toBe('Repair Café de la Hague');
    expect(await PlaceModel.countDocuments({ name: 'Brighton Repair Café' })).toBe(0);
  });

  it('reads the same network’s groups (with their next session) and finds every repair café unchanged', async () => {
    const summary = await importFile('repair-events', 'Repair cafés', `${api.url}/api/v2/networks/7/groups`);
    expect(countsOf(summary)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
      rejected: 1,
      closed: 0,
      queuedForReview: 0,
    });
  });

  it('reads a saved answer as a file: one record per French group, problems on their lines', async () => {
    const path = fixture('repair-events-restarters.json');
    const input = { location: path, open: () => Promise.resolve(createReadStream(path)) };
    const items = [];
    for await (const item of repairEvents(input, { mapping: null })) items.push(item);
    expect(items.map((item) => ('record' in item ? item.record.externalId : `line ${item.line}`))).toEqual([
      '1201',
      '1202',
      '1203',
      'line 6',
      '1204',
    ]);
    expect(items.every((item) => !('record' in item) || item.record.url === null)).toBe(true);
  });

  it('reads every dated session of each group, leaving out the one it cannot date', () => {
    const read = new RepairGroups();
    const { data } = JSON.parse(readFileSync(fixture('repair-events-restarters.json'), 'utf8')) as { data: unknown[] };
    data.forEach((item, index) => read.add(index + 1, item));
    expect(
      read.sessions().map((s) => [s.groupId, s.start.toISOString(), s.end.toISOString(), s.timezone, s.online]),
    ).toEqual([
      ['1201', '2026-12-12T13:00:00.000Z', '2026-12-12T16:30:00.000Z', 'Europe/Paris', false],
      ['1201', '2026-12-17T18:00:00.000Z', '2026-12-17T19:30:00.000Z', 'Europe/Paris', true],
      ['1202', '2026-12-19T09:00:00.000Z', '2026-12-19T12:00:00.000Z', 'Europe/Paris', false],
      ['1204', '2026-12-20T18:00:00.000Z', '2026-12-20T19:00:00.000Z', 'Europe/Paris', true],
      ['1201', '2027-01-09T13:00:00.000Z', '2027-01-09T16:30:00.000Z', 'Europe/Paris', false],
    ]);
  });
});
