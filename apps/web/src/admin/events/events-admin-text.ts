import { useI18n } from '../../i18n/I18nContext';

/** Strings of the back-office's events page (`/admin/evenements`). */
const fr = {
  navLabel: 'Événements',
  title: 'Événements',
  intro:
    'Repair cafés, ventes, collectes et ateliers : publiés ici, ils apparaissent dans l’agenda de la commune, sur la page du lieu, dans les widgets des partenaires et les calendriers abonnés.',
  newTitle: 'Publier un événement',
  eventTitle: 'Titre',
  kind: 'Type',
  place: 'Lieu',
  startsAt: 'Début (heure de Paris)',
  endsAt: 'Fin (heure de Paris)',
  repeat: 'Répétition',
  repeatNone: 'Une seule fois',
  repeatWeekly: 'Chaque semaine, le même jour',
  repeatMonthly: 'Chaque mois, le même jour de la semaine (ex. 2e samedi)',
  count: 'Nombre de dates (avec la première)',
  capacity: 'Nombre de places (facultatif)',
  bookingUrl: 'Lien de réservation https:// (facultatif)',
  description: 'Description (texte simple, facultatif)',
  publish: 'Publier',
  publishing: 'Publication…',
  published: 'Événement publié.',
  listTitle: 'Événements à venir',
  empty: 'Aucun événement à venir.',
  cancel: (title: string) => `Annuler « ${title} »`,
  cancelled: 'Événement annulé : il a quitté l’agenda et les calendriers.',
  recurring: 'répété',
  kinds: {
    REPAIR_CAFE: 'Repair café',
    SALE: 'Vente',
    COLLECTION: 'Collecte',
    WORKSHOP: 'Atelier',
    OTHER: 'Autre',
  },
};

const en: typeof fr = {
  navLabel: 'Events',
  title: 'Events',
  intro:
    'Repair cafés, sales, collections and workshops: published here, they appear in the commune’s agenda, on the place’s page, in partners’ widgets and in subscribed calendars.',
  newTitle: 'Publish an event',
  eventTitle: 'Title',
  kind: 'Kind',
  place: 'Place',
  startsAt: 'Start (Paris time)',
  endsAt: 'End (Paris time)',
  repeat: 'Repeat',
  repeatNone: 'Once',
  repeatWeekly: 'Every week, same day',
  repeatMonthly: 'Every month, same weekday (e.g. 2nd Saturday)',
  count: 'Number of dates (the first included)',
  capacity: 'Seats (optional)',
  bookingUrl: 'Booking link https:// (optional)',
  description: 'Description (plain text, optional)',
  publish: 'Publish',
  publishing: 'Publishing…',
  published: 'Event published.',
  listTitle: 'Upcoming events',
  empty: 'No upcoming event.',
  cancel: (title) => `Cancel “${title}”`,
  cancelled: 'Event cancelled: it has left the agenda and the calendars.',
  recurring: 'repeated',
  kinds: { REPAIR_CAFE: 'Repair café', SALE: 'Sale', COLLECTION: 'Collection', WORKSHOP: 'Workshop', OTHER: 'Other' },
};

export function useEventsAdminText() {
  return useI18n().lang === 'en' ? en : fr;
}
