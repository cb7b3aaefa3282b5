import request from 'supertest';
import { PLACES_QUERY as WIDGET_QUERY } from '../../../../../apps/embed/src/api';
import { useTestApp } from '../../../test/app';
import { eventually } from '../../../test/eventually';
import { signedInAs } from '../../../test/staff';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { createLogger } from '../../shared/logger';
import { DirectoryService } from '../places';
import { localDay } from './notice-input';

// Two app instances on one database: A (useTestApp) takes the staff's closure; B has its own directory
// index and learns of A's writes through the directory feed (polling on FerretDB, every 500 ms here; the
// platform's default is REEMPLOI_INDEX_POLL_MS = 2 s, under the 3 s of issue 12's bar).
const a = useTestApp({ seedDemo: false, env: { REEMPLOI_RATE_ANONYMOUS_PER_MIN: '100000' } });
const logger = createLogger('silent');
let bDirectory: DirectoryService;
let bGql: (query: string, variables?: object) => Promise<any>;
let stopB: () => Promise<void>;
let bExpress: Parameters<typeof request>[0];

beforeAll(async () => {
  const config = loadConfig({ NODE_ENV: 'test', REEMPLOI_GEOCODER_URL: '', LOG_LEVEL: 'silent' });
  bDirectory = new DirectoryService({ pollMs: 500, logger });
  await bDirectory.build();
  await bDirectory.startFollowing();
  const b = await createApp({ config, logger, directory: bDirectory });
  stopB = () => b.apollo.stop();
  bExpress = b.express;
  bGql = async (query, variables) =>
    (await request(b.express).post('/graphql').set('content-type', 'application/json').send({ query, variables })).body;
});

afterAll(async () => {
  bDirectory?.stop();
  await stopB?.();
});

it('shows a closure typed on one instance in the search, place page, widget and iCalendar feed of the other', async () => {
  const admin = (await signedInAs(a.app, 'ADMIN')).gql;
  const name = 'Déchèterie des deux instances';
  const created = await admin(
    `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { id place { slug } } } }`,
    {
      input: {
        status: 'PUBLISHED',
        fields: {
          name,
          kind: 'RECYCLING_CENTRE',
          address: { commune: 'Valognes' },
          location: { lat: 49.51, lng: -1.47 },
          openingHours: 'Mo-Su 00:00-24:00',
        },
      },
    },
  );
  const id = created.data!.createPlace.place.id as string;
  const slug = created.data!.createPlace.place.place.slug as string;
  const openNow = `query($text: String!) { places(filter: { text: $text, openNow: true }) { totalCount } }`;
  await eventually(async () => expect((await bGql(openNow, { text: name })).data.places.totalCount).toBe(1));

  const now = new Date();
  const today = localDay(now);
  const added = await admin(
    `mutation($target: NoticeTargetInput!, $notice: PlaceNoticeInput!) { addPlaceNotice(target: $target, notice: $notice) { places { id } } }`,
    {
      target: { placeIds: [id] },
      notice: {
        kind: 'CLOSURE',
        startsOn: today,
        endsOn: localDay(new Date(now.getTime() + 2 * 86_400_000)),
        reason: 'grève',
      },
    },
  );
  expect(added.errors).toBeUndefined();

  await eventually(async () => {
    expect((await bGql(openNow, { text: name })).data.places.totalCount).toBe(0);
    const page = await bGql(`query($id: ID!) { place(id: $id) { openNow notices { reason current } } }`, { id });
    expect(page.data.place).toEqual({ openNow: false, notices: [{ reason: 'grève', current: true }] });
    const widget = await bGql(WIDGET_QUERY, { filter: { text: name }, first: 5, lang: 'FR' });
    expect(widget.data.places.edges[0].node).toMatchObject({
      openNow: false,
      notices: [{ kind: 'CLOSURE', reason: 'grève', startsOn: today, current: true }],
    });
    const feed = await request(bExpress).get(`/ical/place/${slug}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.text.replace(/\r\n[ \t]/g, '')).toContain('SUMMARY:Fermé exceptionnellement — grève');
  });
});
