import { useI18n } from '../i18n/I18nContext';

/** Strings of places' notices (closures, exceptional and seasonal hours, free notices): place page and cards. */
const fr = {
  closedPeriod: (from: string, to: string | null) =>
    to ? `Fermé exceptionnellement du ${from} au ${to}` : `Fermé exceptionnellement le ${from}`,
  closedUntil: (to: string) => `Fermé exceptionnellement jusqu’au ${to}`,
  closedToday: 'Fermé exceptionnellement aujourd’hui',
  hoursPeriod: (from: string, to: string | null) =>
    to ? `Horaires exceptionnels du ${from} au ${to}` : `Horaires exceptionnels le ${from}`,
  hoursUntil: (to: string) => `Horaires exceptionnels jusqu’au ${to}`,
  hoursIncluded: 'Les horaires ci-dessous en tiennent compte.',
  seasonal: 'Horaires saisonniers',
  season: (from: string, to: string) => `du ${from} au ${to}`,
  noticeUntil: (to: string) => `(jusqu’au ${to})`,
  title: 'Avis aux usagers',
  locale: 'fr-FR',
};

const en: typeof fr = {
  closedPeriod: (from, to) => (to ? `Exceptionally closed from ${from} to ${to}` : `Exceptionally closed on ${from}`),
  closedUntil: (to) => `Exceptionally closed until ${to}`,
  closedToday: 'Exceptionally closed today',
  hoursPeriod: (from, to) => (to ? `Special opening hours from ${from} to ${to}` : `Special opening hours on ${from}`),
  hoursUntil: (to) => `Special opening hours until ${to}`,
  hoursIncluded: 'The hours below include them.',
  seasonal: 'Seasonal hours',
  season: (from, to) => `from ${from} to ${to}`,
  noticeUntil: (to) => `(until ${to})`,
  title: 'Notice to visitors',
  locale: 'en-GB',
};

export type NoticesText = typeof fr;

export function useNoticesText(): NoticesText {
  return useI18n().lang === 'en' ? en : fr;
}

export { en as noticesTextEn, fr as noticesTextFr };
