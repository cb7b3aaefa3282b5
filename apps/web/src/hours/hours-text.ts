import { useI18n } from '../i18n/I18nContext';

const fr = {
  legend: 'Horaires d’ouverture',
  closed: 'Fermé',
  opens: 'ouverture',
  closes: 'fermeture',
  addInterval: (day: string) => `Ajouter une plage horaire le ${day}`,
  removeInterval: (day: string, n: number) => `Retirer la plage ${n} du ${day}`,
  copyToWeekdays: 'Mêmes horaires du lundi au vendredi',
  closedOnHolidays: 'Fermé les jours fériés',
  preview: 'Aperçu',
  osm: 'Format OpenStreetMap',
  none: 'Aucun horaire renseigné',
  rawLabel: 'Horaires au format OpenStreetMap (opening_hours)',
  rawHint: 'Ces horaires utilisent des règles que l’éditeur simple ne sait pas afficher ; modifiez-les ici.',
  useSimple: 'Passer à l’éditeur simple',
  useRaw: 'Saisir au format OpenStreetMap',
  simpleLoses: 'L’éditeur simple remplacera ces règles par des horaires hebdomadaires.',
  badInterval: (day: string) => `${day} : l’heure de fermeture doit suivre l’heure d’ouverture.`,
  holidaysClosed: 'fermé les jours fériés',
};

export type HoursText = typeof fr;

const en: HoursText = {
  legend: 'Opening hours',
  closed: 'Closed',
  opens: 'opens',
  closes: 'closes',
  addInterval: (day) => `Add opening times on ${day}`,
  removeInterval: (day, n) => `Remove opening times ${n} on ${day}`,
  copyToWeekdays: 'Same hours Monday to Friday',
  closedOnHolidays: 'Closed on public holidays',
  preview: 'Preview',
  osm: 'OpenStreetMap format',
  none: 'No opening hours given',
  rawLabel: 'Opening hours in OpenStreetMap format (opening_hours)',
  rawHint: 'These hours use rules the simple editor cannot show; edit them here.',
  useSimple: 'Use the simple editor',
  useRaw: 'Type in OpenStreetMap format',
  simpleLoses: 'The simple editor will replace these rules with weekly hours.',
  badInterval: (day) => `${day}: closing time must come after opening time.`,
  holidaysClosed: 'closed on public holidays',
};

export function useHoursText(): HoursText {
  return useI18n().lang === 'en' ? en : fr;
}
