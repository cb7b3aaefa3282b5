import { placeKindById } from '@reemploi/taxonomy';

export type GuideLang = 'fr' | 'en';

const NBSP = '\u00a0';

/** Every word printed on a commune guide, in French and English (the English object is typed as the French one). */
const fr = {
  locale: 'fr-FR',
  title: (commune: string) => `Réemploi à ${commune}`,
  subtitle: 'Où donner, faire réparer, acheter d’occasion et déposer ses objets',
  edition: (date: string) => `Édition du ${date}`,
  recyclingCentres: 'Déchèteries les plus proches',
  weekOf: (from: string, to: string) => `Horaires du ${from} au ${to} :`,
  hoursUnknown: 'Horaires non communiqués : appelez avant de venir.',
  hoursIllustrative: 'Horaires habituels, non confirmés : vérifiez avant de venir.',
  closedAllDay: 'fermé',
  /** Between a label and what it introduces (French typography puts a space before the colon). */
  colon: `${NBSP}: `,
  and: 'et',
  nextClosures: 'Fermetures annoncées :',
  noClosure: 'Aucune fermeture annoncée.',
  closedOn: (date: string) => `fermé le ${date}`,
  closedFromTo: (from: string, to: string) => `fermé du ${from} au ${to}`,
  reusePlaces: 'Donner, réparer, acheter d’occasion',
  noReusePlace: 'Aucun lieu de réemploi connu dans la commune ni autour.',
  morePlaces: (count: number) => `… et ${count} autre${count > 1 ? 's' : ''} lieu${count > 1 ? 'x' : ''} sur le site.`,
  distance: (km: string) => `à ${km}${NBSP}km`,
  inCommune: 'dans la commune',
  events: 'Prochains événements',
  noEvent: 'Aucun événement annoncé pour le moment.',
  moreEvents: (count: number) => `… et ${count} autre${count > 1 ? 's' : ''} sur le site.`,
  qrAlt: (url: string) => `Code QR menant à la page à jour de la commune : ${url}`,
  qrCaption: 'Liste à jour, horaires du jour et carte : scannez ce code avec un téléphone ou tapez cette adresse :',
  footer:
    'Informations de l’annuaire Réemploi du Cotentin. Elles peuvent changer : en cas de doute, appelez le lieu ou votre mairie.',
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  time: (h: number, m: number) => (m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`),
};

const en: typeof fr = {
  locale: 'en-GB',
  title: (commune: string) => `Reuse in ${commune}`,
  subtitle: 'Where to give, get things repaired, buy second-hand and drop off your objects',
  edition: (date: string) => `Printed on ${date}`,
  recyclingCentres: 'Nearest recycling centres',
  weekOf: (from: string, to: string) => `Opening hours from ${from} to ${to}:`,
  hoursUnknown: 'Opening hours not published: call before you go.',
  hoursIllustrative: 'Usual hours, not confirmed: check before you go.',
  closedAllDay: 'closed',
  colon: ': ',
  and: 'and',
  nextClosures: 'Announced closures:',
  noClosure: 'No closure announced.',
  closedOn: (date: string) => `closed on ${date}`,
  closedFromTo: (from: string, to: string) => `closed from ${from} to ${to}`,
  reusePlaces: 'Give, repair, buy second-hand',
  noReusePlace: 'No reuse place known in the commune or around it.',
  morePlaces: (count: number) => `… and ${count} more place${count > 1 ? 's' : ''} on the website.`,
  distance: (km: string) => `${km}${NBSP}km away`,
  inCommune: 'in the commune',
  events: 'Upcoming events',
  noEvent: 'No event announced for now.',
  moreEvents: (count: number) => `… and ${count} more on the website.`,
  qrAlt: (url: string) => `QR code leading to the commune’s up-to-date page: ${url}`,
  qrCaption: 'Up-to-date list, today’s hours and map: scan this code with a phone or type this address:',
  footer:
    'Information from the Réemploi directory of the Cotentin. It may change: if in doubt, call the place or your town hall.',
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  time: (h: number, m: number) => `${h}:${String(m).padStart(2, '0')}`,
};

export type GuideText = typeof fr;

export const guideText: Record<GuideLang, GuideText> = { fr, en };

/** The kind of a place in words ("Ressourcerie, recyclerie"). */
export function kindLabel(kind: string, lang: GuideLang): string {
  return placeKindById(kind)?.label[lang] ?? kind;
}

/** A local calendar day (YYYY-MM-DD) in words: "24 décembre 2026" / "24 December 2026". */
export function dayInWords(isoDate: string, lang: GuideLang, withYear = true): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(guideText[lang].locale, {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
