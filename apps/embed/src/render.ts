import type { WidgetData, WidgetEvent, WidgetNotice, WidgetPlace } from './api';
import type { Text } from './i18n';
import { formatDistance, mapUrl, placeUrl, type WidgetOptions } from './options';

type Child = Node | string | null | false;

/** document.createElement with attributes and children; text is never parsed as HTML. */
export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

export interface View {
  options: WidgetOptions;
  text: Text;
  origin: string;
  headingId: string;
}

/** The widget's frame: a labelled region with its heading, a live status line and the body. */
export function frame(view: View, status: string, ...body: Child[]): HTMLElement {
  const { options, text } = view;
  return h(
    'section',
    { 'aria-labelledby': view.headingId, lang: options.lang },
    h(`h${options.headingLevel}`, { id: view.headingId, class: 't' }, options.heading ?? text.heading),
    h('p', { class: 's', role: 'status' }, status),
    ...body,
    options.mapLink && h('a', { class: 'm', href: mapUrl(view.origin, options) }, text.seeMap),
    h('p', { class: 'f' }, text.by),
  );
}

/** " · à 350 m"; " · dans la commune" under an approximate point's uncertainty, " · à environ 18 km" beyond. */
export function distanceText({ options, text }: Pick<View, 'options' | 'text'>, place: WidgetPlace): string {
  const meters = place.distanceMeters;
  if (meters === null) return '';
  const uncertainty = place.locationUncertaintyMeters ?? 0;
  if (uncertainty > 0 && meters <= uncertainty) return ` · ${text.inCommune}`;
  const away = uncertainty > 0 ? text.about : text.away;
  return ` · ${away ? `${away} ` : ''}${formatDistance(meters, options.lang)}`;
}

const dayText = (day: string, lang: string) =>
  new Date(`${day}T12:00:00`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'fr-FR', { day: 'numeric', month: 'long' });

/** "Fermé exceptionnellement du 24 décembre au 26 décembre (grève)", or a free notice's text. */
export function noticeText({ options, text }: Pick<View, 'options' | 'text'>, notice: WidgetNotice): string | null {
  if (notice.kind === 'NOTICE') return notice.message;
  if ((notice.kind !== 'CLOSURE' && notice.kind !== 'EXCEPTIONAL_HOURS') || !notice.startsOn) return null;
  const from = dayText(notice.startsOn, options.lang);
  const to = notice.endsOn && notice.endsOn !== notice.startsOn ? dayText(notice.endsOn, options.lang) : null;
  const period = notice.kind === 'CLOSURE' ? text.closedPeriod(from, to) : text.hoursPeriod(from, to);
  return notice.reason ? `${period} (${notice.reason})` : period;
}

function placeItem(view: View, place: WidgetPlace, kinds: Map<string, string>): HTMLElement {
  const { options, text } = view;
  const level = Math.min(options.headingLevel + 1, 6);
  const address = [place.address.street, [place.address.postcode, place.address.commune].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const distance = distanceText(view, place);
  return h(
    'li',
    {},
    h(`h${level}`, { class: 'n' }, h('a', { href: placeUrl(view.origin, place.slug) }, place.name)),
    h('p', { class: 'k' }, `${kinds.get(place.kind) ?? place.kind}${distance}`),
    address && h('p', { class: 'd' }, address),
    place.openNow !== null &&
      h('p', { class: `o ${place.openNow ? 'y' : 'n'}` }, place.openNow ? text.openNow : text.closed),
    place.freshness?.status === 'TO_VERIFY' &&
      h('p', { class: 'v' }, h('span', {}, text.toVerify), ` ${text.toVerifyLong}`),
    ...(place.notices ?? []).slice(0, 2).map((notice) => {
      const line = noticeText(view, notice);
      return line && h('p', { class: 'w' }, line);
    }),
    place.contact.phone &&
      h(
        'p',
        { class: 'd p' },
        `${text.phone} : `,
        h('a', { href: `tel:${place.contact.phone.replace(/[^\d+]/g, '')}` }, place.contact.phone),
      ),
  );
}

/** "samedi 12 décembre, 14:00", in Paris time (the events' zone). */
const eventDate = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR', {
    timeZone: 'Europe/Paris',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });

/** The `events` option: the next occurrences, under their own heading, after the places. */
function eventList(view: View, occurrences: WidgetEvent[]): HTMLElement | null {
  if (occurrences.length === 0) return null;
  const { options, text } = view;
  const level = Math.min(options.headingLevel + 1, 6);
  return h(
    'div',
    { class: 'e' },
    h(`h${level}`, { class: 't' }, text.events),
    h(
      'ul',
      { role: 'list' },
      ...occurrences.map(({ start, event }) =>
        h(
          'li',
          {},
          h('p', { class: 'k' }, eventDate(start, options.lang)),
          h(
            'p',
            { class: 'n' },
            event.place ? h('a', { href: placeUrl(view.origin, event.place.slug) }, event.title) : event.title,
          ),
          h('p', { class: 'd' }, [event.venue.name, event.venue.commune].filter(Boolean).join(', ')),
          event.bookingUrl &&
            h('p', { class: 'd' }, h('a', { href: event.bookingUrl, rel: 'noopener noreferrer' }, text.book)),
        ),
      ),
    ),
  );
}

export function results(view: View, data: WidgetData): HTMLElement {
  const kinds = new Map(data.placeKinds.map((k) => [k.id, k.label]));
  const places = data.places.edges.map((e) => e.node);
  const status = view.text.found(places.length, data.places.totalCount);
  const events = eventList(view, data.events?.nodes ?? []);
  if (places.length === 0) return frame(view, status, h('p', {}, view.text.empty), events);
  const list = h(
    'ul',
    { class: view.options.layout === 'compact' ? 'c' : '', role: 'list' },
    ...places.map((p) => placeItem(view, p, kinds)),
  );
  return frame(view, status, list, events);
}
