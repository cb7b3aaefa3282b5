import { useI18n } from '../i18n/I18nContext';

/** Strings of the agenda: the commune page, the place page's section and the strip above search results. */
const fr = {
  pageTitle: (commune: string) => `Agenda du réemploi — ${commune}`,
  intro:
    'Repair cafés, ventes solidaires, collectes et ateliers des 60 prochains jours, du plus proche au plus lointain.',
  unknownCommune:
    'Nous ne connaissons pas cette commune. Indiquez son code INSEE ou son nom, par exemple /agenda/cherbourg-en-cotentin.',
  empty: 'Aucun événement annoncé pour le moment.',
  error: 'L’agenda ne peut pas être chargé pour le moment. Réessayez dans quelques instants.',
  more: 'Afficher plus d’événements',
  subscribe: 'S’abonner à cet agenda (iCalendar, pour le calendrier du téléphone)',
  placeTitle: 'Prochains événements',
  placeSubscribe: 'S’abonner aux événements de ce lieu (iCalendar)',
  stripTitle: 'Prochains événements près d’ici',
  book: 'Réserver',
  bookLabel: (title: string) => `Réserver : ${title}`,
  capacity: (n: number) => `${n} places`,
  at: 'à',
  kinds: {
    REPAIR_CAFE: 'Repair café',
    SALE: 'Vente',
    COLLECTION: 'Collecte',
    WORKSHOP: 'Atelier',
    OTHER: 'Événement',
  } as Record<string, string>,
  time: (from: string, to: string) => `de ${from} à ${to}`,
  locale: 'fr-FR',
};

const en: typeof fr = {
  pageTitle: (commune) => `Reuse agenda — ${commune}`,
  intro: 'Repair cafés, charity sales, collections and workshops in the next 60 days, soonest first.',
  unknownCommune:
    'We do not know this commune. Give its INSEE code or its name, for example /agenda/cherbourg-en-cotentin.',
  empty: 'No event announced yet.',
  error: 'The agenda cannot be loaded right now. Try again in a moment.',
  more: 'Show more events',
  subscribe: 'Subscribe to this agenda (iCalendar, for your phone’s calendar)',
  placeTitle: 'Upcoming events',
  placeSubscribe: 'Subscribe to this place’s events (iCalendar)',
  stripTitle: 'Upcoming events nearby',
  book: 'Book',
  bookLabel: (title) => `Book: ${title}`,
  capacity: (n) => `${n} seats`,
  at: 'at',
  kinds: { REPAIR_CAFE: 'Repair café', SALE: 'Sale', COLLECTION: 'Collection', WORKSHOP: 'Workshop', OTHER: 'Event' },
  time: (from, to) => `${from} to ${to}`,
  locale: 'en-GB',
};

export type AgendaText = typeof fr;

export function useAgendaText(): AgendaText {
  const { lang } = useI18n();
  return lang === 'en' ? en : fr;
}
