import { Router, type Response } from 'express';
import { DateTime } from 'luxon';
import type { DirectoryService } from '../places';
import { AppError } from '../../shared/errors';
import { agendaQuery, type AgendaWindow } from './event-query';
import type { EventsService } from './events.service';
import { closuresOf, icalFeed } from './ical-feed';
import { EVENT_ZONE } from './recurrence';

const MAX_AGE_SECONDS = 300;
/** Events in one feed at most (a commune or a search rarely has a hundred). */
const MAX_FEED_EVENTS = 1000;
const DAY_MS = 86_400_000;
/** A feed shows what is on from a month ago (recent past stays in calendars) to a year on. */
const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 335;
const INSEE = /^(\d{5}|2[AB]\d{3})$/;

function sendFeed(res: Response, name: string, body: string): void {
  res
    .status(200)
    .type('text/calendar; charset=utf-8')
    .set('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`)
    .set('Content-Disposition', `inline; filename="${name}.ics"`)
    .send(body);
}

function refuse(res: Response, status: number, code: string, message: string, field?: string): void {
  res.status(status).json({ error: { code, message, ...(field ? { field } : {}) } });
}

/** Today in Paris (YYYY-MM-DD), the day notices are written in. */
const today = () => DateTime.now().setZone(EVENT_ZONE).toISODate()!;

const list = (value: unknown): string[] | undefined =>
  typeof value === 'string' && value ? value.split(',').map((item) => item.trim()) : undefined;
const number = (value: unknown): number | undefined =>
  typeof value === 'string' && value !== '' ? Number(value) : undefined;

/** The search feed's query string as the agenda's arguments (the same checks as GraphQL `events`). */
function searchWindow(query: Record<string, unknown>, now: number): AgendaWindow {
  const lat = number(query.lat);
  const lng = number(query.lng);
  return {
    near: lat !== undefined && lng !== undefined ? { lat, lng } : null,
    radiusKm: number(query.radiusKm),
    from: typeof query.from === 'string' ? query.from : new Date(now - FEED_PAST_DAYS * DAY_MS).toISOString(),
    to: typeof query.to === 'string' ? query.to : undefined,
    filter: {
      kinds: list(query.kinds),
      actions: list(query.actions),
      subcategories: list(query.subcategories),
      communes: list(query.communes),
    },
    first: 1,
  };
}

/**
 * iCalendar feeds, subscribable from a phone calendar: `/ical/place/<slug>.ics`, `/ical/commune/<insee>.ics`
 * and `/ical/search.ics?lat=…&lng=…&radiusKm=…&kinds=…&actions=…&subcategories=…&communes=…&from=…&to=…`
 * (the window at most 366 days, as in the API). Answered from the in-memory agenda. The place and commune
 * feeds also carry the closures under way or to come of their places (notices), as all-day events.
 */
export function icalRouter(deps: { events: EventsService; directory: DirectoryService; publicUrl: string }): Router {
  const router = Router();
  const url = (path: string) => `${deps.publicUrl}${path}`;
  const defaultWindow = (now: number) => ({ from: now - FEED_PAST_DAYS * DAY_MS, to: now + FEED_FUTURE_DAYS * DAY_MS });

  router.get('/place/:file', (req, res) => {
    const slug = /^(.+)\.ics$/.exec(req.params.file)?.[1];
    const place = slug ? deps.directory.index.getBySlug(slug) : undefined;
    if (!place) return refuse(res, 404, 'NOT_FOUND', 'No published place with this address.');
    sendFeed(
      res,
      `reemploi-${place.slug}`,
      icalFeed(`${place.name} — Réemploi`, deps.events.eventsAtPlace(place.id), url, {
        items: closuresOf(place, today()),
        namePlace: false,
      }),
    );
  });

  router.get('/commune/:file', (req, res) => {
    const insee = /^(.+)\.ics$/.exec(req.params.file)?.[1];
    if (!insee || !INSEE.test(insee))
      return refuse(res, 400, 'BAD_USER_INPUT', 'The address is /ical/commune/<INSEE code>.ics.', 'insee');
    const events = deps.events.eventsIn(
      undefined,
      undefined,
      { communes: [insee] },
      defaultWindow(Date.now()),
      MAX_FEED_EVENTS,
    );
    // The commune's published places' closures (the notices typed in the back-office), each named.
    const places = deps.directory.index
      .search({ filter: { communes: [insee] }, limit: deps.directory.index.size || 1 })
      .hits.map((hit) => hit.place)
      .filter((place) => place.inseeCode === insee);
    const day = today();
    const closures = places.flatMap((place) => closuresOf(place, day));
    const commune = events[0]?.venue.commune ?? places[0]?.commune ?? insee;
    sendFeed(
      res,
      `reemploi-${insee}`,
      icalFeed(`Agenda du réemploi — ${commune}`, events, url, { items: closures, namePlace: true }),
    );
  });

  router.get('/search.ics', (req, res) => {
    const now = Date.now();
    try {
      const window = searchWindow(req.query as Record<string, unknown>, now);
      const query = agendaQuery(window, new Date(now));
      if (!window.to) query.to = Math.max(query.to, defaultWindow(now).to);
      const events = deps.events.eventsIn(query.near, query.radiusMeters, query.filter ?? {}, query, MAX_FEED_EVENTS);
      sendFeed(res, 'reemploi-agenda', icalFeed('Agenda du réemploi', events, url));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refuse(res, 400, error.code, error.message, error.details.field as string | undefined);
    }
  });

  return router;
}
