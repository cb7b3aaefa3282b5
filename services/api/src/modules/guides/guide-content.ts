import { weekHours, type DayHours } from '@reemploi/directory/opening-hours';
import type { DirectoryService, PublicPlace } from '../places';
import { type GuideLang, type GuideText, dayInWords, guideText, kindLabel } from './guide-text';

/** How many déchèteries and reuse places a one-page guide has room for at most (the layout may show fewer). */
const RECYCLING_CENTRES = 2;
const REUSE_PLACES = 12;
const EVENTS = 5;
/** "Around the commune": reuse places and déchèteries this far from its centre. */
const REUSE_RADIUS_METERS = 15_000;
const RECYCLING_RADIUS_METERS = 40_000;
const CLOSURES = 3;

/** One dated occurrence of an event near the commune, as the events module's agenda gives it. */
export interface GuideEvent {
  title: string;
  start: Date;
  venue: string;
  commune: string | null;
}

/**
 * Seam to the events module: the next occurrences of events in or around a commune. The guide prints an
 * events section only when an agenda is given (see app.ts).
 */
export interface GuideAgenda {
  nextEvents(commune: { inseeCode: string; lat: number; lng: number }, from: Date, max: number): GuideEvent[];
}

export interface GuideRecyclingCentre {
  name: string;
  address: string;
  distance: string;
  /** The coming seven days in words, consecutive days with the same hours together. */
  hours: { days: string; hours: string }[];
  /** A remark on the hours (unknown, illustrative), or null. */
  hoursNote: string | null;
  closures: string[];
}

export interface GuideReusePlace {
  name: string;
  kind: string;
  where: string;
  phone: string | null;
}

export interface GuideContent {
  lang: GuideLang;
  text: GuideText;
  commune: { name: string; inseeCode: string };
  edition: string;
  weekOf: string;
  recyclingCentres: GuideRecyclingCentre[];
  reusePlaces: GuideReusePlace[];
  /** null when no agenda is wired (the section is left out). */
  events: { when: string; title: string; where: string }[] | null;
  /** The live page the QR code leads to. */
  liveUrl: string;
}

/** The Paris calendar day of an instant, YYYY-MM-DD. */
export function parisDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', dateStyle: 'short' }).format(at);
}

const hoursOf = (place: PublicPlace) =>
  place.effectiveOpeningHours !== undefined ? place.effectiveOpeningHours : place.openingHours;

function intervalsInWords(intervals: DayHours['intervals'], text: GuideText): string {
  if (intervals.length === 0) return text.closedAllDay;
  const time = (hhmm: string) => {
    const [h = 0, m = 0] = hhmm.split(':').map(Number);
    return text.time(h, m);
  };
  const parts = intervals.map((i) => `${time(i.opens)} – ${time(i.closes)}`);
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${text.and} ${parts.at(-1)}`;
}

/**
 * Seven coming days in words, Monday first as a notice board reads ("Lundi – samedi : 9 h – 12 h et 14 h – 18 h";
 * "Mercredi 25 décembre (Noël) : fermé"), consecutive days with the same hours together.
 */
export function weekInWords(coming: DayHours[], lang: GuideLang): { days: string; hours: string }[] {
  const text = guideText[lang];
  const days = [...coming].sort((a, b) => a.weekday - b.weekday);
  const lines: { days: string; hours: string }[] = [];
  const key = (day: DayHours) => (day.holiday ? `holiday:${day.date}` : JSON.stringify(day.intervals));
  for (let start = 0; start < days.length;) {
    let end = start;
    while (end + 1 < days.length && key(days[end + 1]!) === key(days[start]!)) end += 1;
    const first = days[start]!;
    const from = text.weekdays[first.weekday - 1]!;
    const to = text.weekdays[days[end]!.weekday - 1]!;
    let label = start === end ? from : `${from}${end === start + 1 ? ` ${text.and} ` : ' – '}${to}`;
    if (first.holiday) label += ` ${dayInWords(first.date, lang, false)} (${first.holiday})`;
    lines.push({
      days: label.charAt(0).toUpperCase() + label.slice(1),
      hours: intervalsInWords(first.intervals, text),
    });
    start = end + 1;
  }
  return lines;
}

/** Closures still to come or going on, soonest first, in words. */
function closuresInWords(place: PublicPlace, today: string, lang: GuideLang): string[] {
  const text = guideText[lang];
  return (place.notices ?? [])
    .filter((n) => n.kind === 'CLOSURE' && n.startsOn && (n.endsOn ?? n.startsOn) >= today)
    .sort((a, b) => (a.startsOn! < b.startsOn! ? -1 : a.startsOn! > b.startsOn! ? 1 : 0))
    .slice(0, CLOSURES)
    .map((n) => {
      const end = n.endsOn ?? n.startsOn!;
      const words =
        end === n.startsOn
          ? text.closedOn(dayInWords(end, lang))
          : text.closedFromTo(dayInWords(n.startsOn!, lang), dayInWords(end, lang));
      return n.reason ? `${words} (${n.reason})` : words;
    });
}

function addressOf(place: PublicPlace): string {
  const { street, postcode, commune } = place.address;
  const town = [postcode, commune ?? place.commune].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ');
}

function distanceInWords(meters: number | null, inCommune: boolean, text: GuideText): string {
  if (inCommune) return text.inCommune;
  const km = (meters ?? 0) / 1000;
  return text.distance(km < 10 ? km.toFixed(1).replace('.', text.locale === 'fr-FR' ? ',' : '.') : km.toFixed(0));
}

/** The commune's published places and the centre of their points; null when the directory knows none there. */
export function communeOf(directory: DirectoryService, inseeCode: string) {
  const places = directory.index
    .search({ filter: { communes: [inseeCode] }, limit: directory.index.size || 1 })
    .hits.map((hit) => hit.place)
    .filter((place) => place.inseeCode === inseeCode);
  if (places.length === 0) return null;
  const names = new Map<string, number>();
  for (const place of places) if (place.commune) names.set(place.commune, (names.get(place.commune) ?? 0) + 1);
  const name = [...names].sort((a, b) => b[1] - a[1])[0]?.[0] ?? inseeCode;
  const lat = places.reduce((sum, p) => sum + p.lat, 0) / places.length;
  const lng = places.reduce((sum, p) => sum + p.lng, 0) / places.length;
  return { inseeCode, name, lat, lng, places };
}

/** Everything a commune's guide says, gathered from the in-memory directory at `now`; null for an unknown commune. */
export function guideContent(deps: {
  directory: DirectoryService;
  agenda?: GuideAgenda;
  publicUrl: string;
  inseeCode: string;
  lang: GuideLang;
  now: Date;
}): GuideContent | null {
  const { directory, lang, now } = deps;
  const text = guideText[lang];
  const commune = communeOf(directory, deps.inseeCode);
  if (!commune) return null;
  const today = parisDay(now);
  const near = { lat: commune.lat, lng: commune.lng };
  const nearest = (kinds: readonly string[], radiusMeters: number, limit: number) =>
    directory.index.search({ near, radiusMeters, limit, filter: { kinds } }).hits;

  const recyclingCentres = nearest(['RECYCLING_CENTRE'], RECYCLING_RADIUS_METERS, RECYCLING_CENTRES).map(
    ({ place, distanceMeters }) => {
      const hours = hoursOf(place);
      const days = weekHours(hours, now, 7);
      return {
        name: place.name,
        address: addressOf(place),
        distance: distanceInWords(distanceMeters, place.inseeCode === commune.inseeCode, text),
        hours: days.length > 0 ? weekInWords(days, lang) : [],
        hoursNote: days.length === 0 ? text.hoursUnknown : place.hoursAreIllustrative ? text.hoursIllustrative : null,
        closures: closuresInWords(place, today, lang),
      };
    },
  );

  const reusePlaces = nearest(REUSE_KINDS, REUSE_RADIUS_METERS, REUSE_PLACES).map(({ place, distanceMeters }) => ({
    name: place.name,
    kind: kindLabel(place.kind, lang),
    where: `${addressOf(place) || place.commune || ''} (${distanceInWords(distanceMeters, place.inseeCode === commune.inseeCode, text)})`,
    phone: place.contact.phone,
  }));

  const weekEnd = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 6, 12);
  const events = deps.agenda
    ?.nextEvents({ inseeCode: commune.inseeCode, lat: commune.lat, lng: commune.lng }, now, EVENTS)
    .map((event) => ({
      when: new Intl.DateTimeFormat(text.locale, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'Europe/Paris',
      }).format(event.start),
      title: event.title,
      where: [event.venue, event.commune].filter(Boolean).join(', '),
    }));

  return {
    lang,
    text,
    commune: { name: commune.name, inseeCode: commune.inseeCode },
    edition: text.edition(dayInWords(today, lang)),
    weekOf: text.weekOf(dayInWords(today, lang, false), dayInWords(parisDay(weekEnd), lang, false)),
    recyclingCentres,
    reusePlaces,
    events: events ?? null,
    liveUrl: liveUrl(deps.publicUrl, commune, lang),
  };
}

/** Every kind of place a resident gives to, repairs at or buys from (déchèteries have their own section). */
const REUSE_KINDS = [
  'RESSOURCERIE',
  'INSERTION',
  'REPAIR_CAFE',
  'CHARITY_SHOP',
  'SECOND_HAND_SHOP',
  'REPAIRER',
  'SHARING',
  'COLLECTION_POINT',
];

/** The results page around the commune (apps/web search-state: where, lat, lng), in the guide's language. */
export function liveUrl(publicUrl: string, commune: { name: string; lat: number; lng: number }, lang: GuideLang) {
  const params = new URLSearchParams({
    where: commune.name,
    lat: String(Number(commune.lat.toFixed(4))),
    lng: String(Number(commune.lng.toFixed(4))),
  });
  if (lang === 'en') params.set('lang', 'en');
  return `${publicUrl.replace(/\/+$/, '')}/recherche?${params.toString()}`;
}
