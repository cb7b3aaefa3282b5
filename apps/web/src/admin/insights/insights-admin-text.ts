import { useI18n } from '../../i18n/I18nContext';

/** Strings of the back-office « Demande » page. */
const fr = {
  navLabel: 'Demande',
  title: 'Demande des habitants',
  intro:
    'Compteurs anonymes (voir la page Confidentialité) : ce que les habitants cherchent, d’où, et s’ils trouvent près de chez eux. Les communes et les mots comptés moins de 5 fois ne sont pas montrés.',
  ownIntro:
    'Les chiffres de vos lieux : combien de fois ils ont été vus dans les résultats, ouverts, appelés, visités.',
  from: 'Du',
  to: 'Au (inclus)',
  loading: 'Chargement…',
  noData: 'Rien de compté sur cette période.',
  downloadCsv: 'Télécharger les données (CSV)',
  csvLabel: 'libellé',
  chartOf: (title: string) => `Graphique : ${title} (données dans le tableau et le CSV)`,
  searchesByDay: 'Recherches par jour',
  searches: 'Recherches',
  sought: 'Objets les plus cherchés',
  unmet: 'Communes : recherches sans lieu proche',
  nothing5: 'Rien à moins de 5 km',
  nothing15: 'Rien à moins de 15 km',
  nothing30: 'Rien à moins de 30 km',
  phrases: 'Mots inconnus les plus tapés',
  count: 'Nombre',
  feedback: 'Avez-vous trouvé ?',
  answers: { FOUND: 'Oui', NOT_FOUND: 'Non', PLACE_CLOSED: 'Lieu fermé', INFO_WRONG: 'Information fausse' } as Record<
    string,
    string
  >,
  places: 'Par lieu',
  shown: 'Vu',
  opened: 'Ouvert',
  called: 'Appelé',
  website: 'Site',
  directions: 'Itinéraire',
  anyAction: 'toute action',
};
type InsightsAdminText = typeof fr;

const en: InsightsAdminText = {
  navLabel: 'Demand',
  title: 'What residents look for',
  intro:
    'Anonymous counters (see the Privacy page): what residents look for, from where, and whether they find it nearby. Communes and words counted fewer than 5 times are not shown.',
  ownIntro: 'Your places’ figures: how often they were shown in results, opened, called, visited.',
  from: 'From',
  to: 'To (inclusive)',
  loading: 'Loading…',
  noData: 'Nothing counted in this period.',
  downloadCsv: 'Download the data (CSV)',
  csvLabel: 'label',
  chartOf: (title: string) => `Chart: ${title} (data in the table and the CSV)`,
  searchesByDay: 'Searches per day',
  searches: 'Searches',
  sought: 'Most sought objects',
  unmet: 'Communes: searches with no place nearby',
  nothing5: 'Nothing within 5 km',
  nothing15: 'Nothing within 15 km',
  nothing30: 'Nothing within 30 km',
  phrases: 'Most typed unknown words',
  count: 'Count',
  feedback: 'Did you find it?',
  answers: { FOUND: 'Yes', NOT_FOUND: 'No', PLACE_CLOSED: 'Place closed', INFO_WRONG: 'Wrong information' },
  places: 'Per place',
  shown: 'Shown',
  opened: 'Opened',
  called: 'Called',
  website: 'Website',
  directions: 'Directions',
  anyAction: 'any action',
};

export function useInsightsAdminText(): InsightsAdminText {
  return useI18n().lang === 'en' ? en : fr;
}
