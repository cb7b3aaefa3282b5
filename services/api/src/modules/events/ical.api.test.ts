import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { buildOrganization, buildPlace } from '../../../test/factories';
import { signedInAs } from '../../../test/staff';

const t = useTestApp({ seedDemo: false });

const CREATE = `mutation ($input: EventInput!) { createEvent(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id version } }`;

/** Next year's dates, so the feeds' window (a month ago to a year on) holds them whenever the test runs. */
const year = new Date().getFullYear() + 1;

async function placeWithEvents() {
  const org = await buildOrganization();
  const place = await buildPlace({
    organizationId: org._id,
    address: { street: '1 rue de la Paix', postcode: '50100', commune: 'Cherbourg-en-Cotentin', inseeCode: '50129' },
  });
  await t.directory.refresh();
  const { gql } = await signedInAs(t.app, 'STRUCTURE', org._id.toString());
  const repairCafe = {
    title: 'Repair café',
    kind: 'REPAIR_CAFE',
    // First Saturdays of February to May: the clock changes on the last Sunday of March.
    startsAt: `${year}-02-06T14:00`,
    endsAt: `${year}-02-06T17:00`,
    recurrence: 'FREQ=MONTHLY;BYDAY=1SA;COUNT=4',
    placeId: place._id.toString(),
  };
  const created = await gql(CREATE, { input: repairCafe });
  expect(created.errors).toBeUndefined();
  const sale = await gql(CREATE, {
    input: {
      title: 'Vente, vélos',
      kind: 'SALE',
      startsAt: `${year}-03-13T09:30`,
      endsAt: `${year}-03-13T18:00`,
      placeId: place._id.toString(),
    },
  });
  expect(sale.errors).toBeUndefined();
  return { place, gql, repairCafe, id: created.data!.createEvent.id as string };
}

/** Parses a feed with ical.js and expands every event's occurrences, in Europe/Paris wall-clock time. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const starts: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && starts.length < 100; next = iterator.next()) {
      const occurrence = event.getOccurrenceDetails(next);
      starts.push(`${occurrence.startDate.toString()} ${occurrence.startDate.toUnixTime()}`);
    }
    return {
      uid: event.uid,
      summary: event.summary,
      sequence: event.sequence,
      tzid: component.getFirstProperty('dtstart')!.getParameter('tzid'),
      rrule: component.getFirstPropertyValue('rrule')?.toString() ?? null,
      starts,
      location: event.location,
    };
  });
}

/** The feed's closures (all-day events from the places' notices), as a calendar app reads them. */
function closuresIn(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar
    .getAllSubcomponents('vevent')
    .filter((component) => String(component.getFirstPropertyValue('uid')).startsWith('closure-'))
    .map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        allDay: event.startDate.isDate,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        status: component.getFirstPropertyValue('status'),
        location: event.location,
      };
    });
}

const parisHour = (unix: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(
    new Date(Number(unix) * 1000),
  );

describe('iCalendar feeds', () => {
  it('serves a place’s events as a subscribable feed a real parser reads: RRULE kept, Paris times across the clock change', async () => {
    const { place } = await placeWithEvents();
    const res = await request(t.app).get(`/ical/place/${place.slug}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
    expect(res.text).toContain('BEGIN:VTIMEZONE');
    expect(res.text).toContain('TZID:Europe/Paris');

    const events = parseFeed(res.text);
    expect(events.map((e) => e.summary).sort()).toEqual(['Repair café', 'Vente, vélos']);
    const repairCafe = events.find((e) => e.summary === 'Repair café')!;
    expect(repairCafe.tzid).toBe('Europe/Paris');
    expect(repairCafe.rrule).toBe('FREQ=MONTHLY;COUNT=4;BYDAY=+1SA'); // ical.js's spelling of the rule sent
    expect(repairCafe.starts).toHaveLength(4);
    // 14:00 in Paris every time, before (UTC+1) and after (UTC+2) the change to summer time.
    expect(repairCafe.starts.map((s) => parisHour(s.split(' ')[1]!))).toEqual(['14:00', '14:00', '14:00', '14:00']);
    expect(repairCafe.starts.map((s) => s.slice(0, 10))).toEqual([
      `${year}-02-06`,
      `${year}-03-06`,
      `${year}-04-03`,
      `${year}-05-01`,
    ]);
    expect(repairCafe.location).toBe('Ressourcerie test, 1 rue de la Paix, 50100 Cherbourg-en-Cotentin');
  });

  it('keeps each event’s UID when it changes, raising its SEQUENCE, so calendars update it in place', async () => {
    const { place, gql, repairCafe, id } = await placeWithEvents();
    const before = parseFeed((await request(t.app).get(`/ical/place/${place.slug}.ics`)).text);
    const updated = await gql(UPDATE, { id, input: { ...repairCafe, title: 'Repair café (nouvelle salle)' } });
    expect(updated.errors).toBeUndefined();
    const after = parseFeed((await request(t.app).get(`/ical/place/${place.slug}.ics`)).text);
    const uidOf = (events: typeof before, title: RegExp) => events.find((e) => title.test(e.summary))!;
    expect(uidOf(after, /Repair/).uid).toBe(uidOf(before, /Repair/).uid);
    expect(uidOf(after, /Repair/).uid).toBe(`${id}@agenda.reemploi`);
    expect(uidOf(after, /Repair/).sequence).toBe(uidOf(before, /Repair/).sequence + 1);
    expect(uidOf(after, /Repair/).summary).toBe('Repair café (nouvelle salle)');
  });

  it('serves a commune’s feed and a search feed, filtered by kind', async () => {
    await placeWithEvents();
    const commune = parseFeed((await request(t.app).get('/ical/commune/50129.ics')).text);
    expect(commune.map((e) => e.summary)).toEqual(expect.arrayContaining(['Repair café', 'Vente, vélos']));
    const search = await request(t.app)
      .get('/ical/search.ics')
      .query({ lat: 49.64, lng: -1.62, radiusKm: 5, kinds: 'SALE' });
    expect(search.status).toBe(200);
    const sales = parseFeed(search.text);
    expect(sales.length).toBeGreaterThan(0);
    expect(new Set(sales.map((e) => e.summary))).toEqual(new Set(['Vente, vélos']));
  });

  it('refuses a feed request for ten years, a radius too wide and an unknown commune code, with a stable code', async () => {
    const tenYears = await request(t.app)
      .get('/ical/search.ics')
      .query({ lat: 49.64, lng: -1.62, from: `${year}-01-01`, to: `${year + 10}-01-01` });
    expect(tenYears.status).toBe(400);
    expect(tenYears.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const wide = await request(t.app).get('/ical/search.ics').query({ lat: 49.64, lng: -1.62, radiusKm: 5000 });
    expect(wide.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'radiusKm' });
    const nowhere = await request(t.app).get('/ical/search.ics');
    expect(nowhere.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'near' });
    expect((await request(t.app).get('/ical/commune/paris.ics')).status).toBe(400);
    expect((await request(t.app).get('/ical/place/no-such-place.ics')).status).toBe(404);
  });

  it('shows a closure typed in the back-office in the place’s and the commune’s feeds, as an all-day event', async () => {
    const { place } = await placeWithEvents();
    const { gql: admin } = await signedInAs(t.app, 'ADMIN');
    const placeFeed = `/ical/place/${place.slug}.ics`;
    const before = await request(t.app).get(placeFeed);
    expect(before.headers.etag).toBeTruthy();

    const day = (days: number) => DateTime.now().setZone('Europe/Paris').plus({ days }).toISODate()!;
    const added = await admin(
      `mutation($target: NoticeTargetInput!, $notice: PlaceNoticeInput!) {
        addPlaceNotice(target: $target, notice: $notice) { notice { id } }
      }`,
      {
        target: { placeIds: [place._id.toString()] },
        notice: { kind: 'CLOSURE', startsOn: day(3), endsOn: day(4), reason: 'grève' },
      },
    );
    expect(added.errors).toBeUndefined();
    const noticeId = added.data!.addPlaceNotice.notice.id as string;

    // The feed changed: a calendar revalidating with the old ETag gets the new feed, not a 304.
    const after = await request(t.app).get(placeFeed).set('If-None-Match', before.headers.etag!);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const closure = closuresIn(after.text);
    expect(closure).toEqual([
      {
        uid: `closure-${noticeId}@agenda.reemploi`,
        summary: 'Fermé exceptionnellement — grève',
        allDay: true,
        start: day(3),
        end: day(5), // the day after the last day closed (RFC 5545)
        status: 'CONFIRMED',
        location: 'Ressourcerie test, 1 rue de la Paix, 50100 Cherbourg-en-Cotentin',
      },
    ]);
    // The same feed asked again is the same: the UID is the notice's, the ETag stable.
    const again = await request(t.app).get(placeFeed).set('If-None-Match', after.headers.etag!);
    expect(again.status).toBe(304);
    // The events are still there.
    expect(parseFeed(after.text).map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Repair café', 'Vente, vélos', 'Fermé exceptionnellement — grève']),
    );

    // The commune's feed names the place.
    const commune = closuresIn((await request(t.app).get('/ical/commune/50129.ics')).text);
    expect(commune).toContainEqual(
      expect.objectContaining({
        uid: `closure-${noticeId}@agenda.reemploi`,
        summary: 'Fermé exceptionnellement — grève (Ressourcerie test)',
        start: day(3),
      }),
    );

    // Removed in the back-office, it leaves both feeds.
    const removed = await admin(
      `mutation($noticeId: ID!, $placeIds: [ID!]!) { removePlaceNotice(noticeId: $noticeId, placeIds: $placeIds) { id } }`,
      { noticeId, placeIds: [place._id.toString()] },
    );
    expect(removed.errors).toBeUndefined();
    expect(closuresIn((await request(t.app).get(placeFeed)).text)).toEqual([]);
    expect(closuresIn((await request(t.app).get('/ical/commune/50129.ics')).text)).toEqual([]);
  });
});
