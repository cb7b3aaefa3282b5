import { useI18n } from '../i18n/I18nContext';

/** Strings of the collectivity's view of the network (/professionnels/territoire). */
const fr = {
  title: 'Le réseau sur votre territoire',
  navLabel: 'Le réseau sur mon territoire',
  intro:
    'Les structures qui interviennent sur les communes de votre collectivité, leurs compétences, et ce qui manque : une compétence qu’aucune structure ne propose à moins de 30 km d’une commune.',
  loading: 'Chargement…',
  error: 'Le réseau ne peut pas être affiché pour le moment. Réessayez dans quelques instants.',
  onlyCollectivities:
    'Cette page est réservée aux comptes des collectivités : elle montre le réseau sur leur territoire, avec ses parties non publiques.',
  signIn: 'Se connecter',
  findPartner: 'Trouver un partenaire',
  structures: 'Structures',
  structuresCount: (n: number) =>
    n === 0 ? 'Aucune structure n’intervient sur votre territoire.' : n === 1 ? '1 structure' : `${n} structures`,
  exportStructures: 'Télécharger la liste des structures (CSV, pour un marché)',
  exportEveryStructure: (n: number) => `Télécharger la liste des ${n} structures (CSV, pour un marché)`,
  exportPreparing: 'Préparation de la liste complète…',
  exportFailed: 'La liste complète n’a pas pu être lue. Réessayez.',
  structure: 'Structure',
  competencesColumn: 'Compétences',
  insertionJobs: 'Salariés en insertion',
  contact: 'Contact',
  competences: 'Compétences sur le territoire',
  competence: 'Compétence',
  offeredBy: 'Structures qui la proposent',
  gaps: 'Manques : à plus de 30 km',
  gapsIntro:
    'Pour chaque compétence, les communes de votre territoire où aucune structure ne la propose à moins de 30 km (ni par les communes qu’elle couvre, ni par ses lieux).',
  noGaps: 'Aucun manque : chaque compétence est proposée à moins de 30 km de chacune de vos communes.',
  noGapsLocated:
    'Aucun manque parmi vos communes de position connue : chaque compétence y est proposée à moins de 30 km.',
  missingIn: 'Communes sans offre à moins de 30 km',
  nearest: (km: number) => `la plus proche à ${km.toLocaleString('fr-FR')} km`,
  nowhere: 'proposée nulle part',
  unlocatedIntro:
    'Position inconnue : les manques ne sont pas évalués pour ces communes (seule une structure qui les nomme les couvre).',
  unlocatedFix: 'position inconnue — lancez `pnpm reemploi territory communes`',
  exportGaps: 'Télécharger les manques (CSV)',
  gapsCsvHeader: ['Compétence', 'Commune', 'Offre la plus proche (km)'],
  moreStructures: 'Voir plus de structures',
  structuresShown: (shown: number, total: number) => `${shown} structures affichées sur ${total}.`,
  competencesAmongShown: 'Parmi les structures affichées ci-dessus (« Voir plus de structures » pour les suivantes).',
  gapsMap: 'Carte des manques',
  mapLoading: 'Chargement de la carte…',
  mapCompetence: 'Compétence montrée',
  allCompetences: 'Toutes : nombre de compétences manquantes',
  mapLabel: (competence: string | null) =>
    competence
      ? `Carte de vos communes : en foncé, celles où « ${competence} » n’est proposée par aucune structure à moins de 30 km (détail dans le tableau des communes de la carte)`
      : 'Carte de vos communes colorées selon le nombre de compétences qu’aucune structure ne propose à moins de 30 km (détail dans le tableau des communes de la carte)',
  legend: 'Légende de la carte des manques',
  legendMissing: (from: number, to: number | null) =>
    from === 0
      ? 'Aucune compétence manquante'
      : from === to
        ? `${from} compétence manquante`
        : to == null
          ? `${from} compétences manquantes ou plus`
          : `${from} à ${to} compétences manquantes`,
  legendOffered: 'Proposée à moins de 30 km',
  legendMissingOne: 'Manquante : aucune offre à moins de 30 km',
  legendUnknown: 'Position inconnue : pas évaluée',
  communesCount: (n: number) => (n === 0 ? 'aucune commune' : n === 1 ? '1 commune' : `${n} communes`),
  legendItem: (label: string, communes: string) => `${label} : ${communes}`,
  mapNote:
    'Contours administratifs des communes (IGN ADMIN EXPRESS via Etalab, Licence Ouverte 2.0, simplifiés à ~40 m).',
  mapTable: 'Les communes de la carte, en tableau',
  commune: 'Commune',
  missingCount: 'Compétences manquantes à moins de 30 km',
  missingWhich: 'Lesquelles',
  unknownCell: 'position inconnue',
};

const en: typeof fr = {
  title: 'The network on your territory',
  navLabel: 'The network on my territory',
  intro:
    'The structures working in your authority’s communes, their competences, and what is missing: a competence no structure offers within 30 km of a commune.',
  loading: 'Loading…',
  error: 'The network cannot be shown right now. Try again in a moment.',
  onlyCollectivities:
    'This page is for local authorities’ accounts: it shows the network on their territory, with its non-public parts.',
  signIn: 'Sign in',
  findPartner: 'Find a partner',
  structures: 'Structures',
  structuresCount: (n: number) =>
    n === 0 ? 'No structure works on your territory.' : n === 1 ? '1 structure' : `${n} structures`,
  exportStructures: 'Download the list of structures (CSV, for a tender)',
  exportEveryStructure: (n: number) => `Download the list of all ${n} structures (CSV, for a tender)`,
  exportPreparing: 'Preparing the full list…',
  exportFailed: 'The full list could not be read. Try again.',
  structure: 'Structure',
  competencesColumn: 'Competences',
  insertionJobs: 'Employees in insertion',
  contact: 'Contact',
  competences: 'Competences on the territory',
  competence: 'Competence',
  offeredBy: 'Structures offering it',
  gaps: 'Gaps: further than 30 km',
  gapsIntro:
    'For each competence, the communes of your territory where no structure offers it within 30 km (neither by the communes it covers nor by its places).',
  noGaps: 'No gap: every competence is offered within 30 km of each of your communes.',
  noGapsLocated: 'No gap among your communes of known position: every competence is offered within 30 km of them.',
  missingIn: 'Communes with no offer within 30 km',
  nearest: (km: number) => `nearest ${km.toLocaleString('en-GB')} km away`,
  nowhere: 'offered nowhere',
  unlocatedIntro:
    'Position unknown: gaps are not assessed for these communes (only a structure naming them covers them).',
  unlocatedFix: 'position unknown — run `pnpm reemploi territory communes`',
  exportGaps: 'Download the gaps (CSV)',
  gapsCsvHeader: ['Competence', 'Commune', 'Nearest offer (km)'],
  moreStructures: 'Show more structures',
  structuresShown: (shown: number, total: number) => `${shown} of ${total} structures shown.`,
  competencesAmongShown: 'Among the structures shown above (“Show more structures” for the next ones).',
  gapsMap: 'Map of the gaps',
  mapLoading: 'Loading the map…',
  mapCompetence: 'Competence shown',
  allCompetences: 'All: number of missing competences',
  mapLabel: (competence: string | null) =>
    competence
      ? `Map of your communes: dark where no structure offers “${competence}” within 30 km (details in the table of the map’s communes)`
      : 'Map of your communes coloured by how many competences no structure offers within 30 km (details in the table of the map’s communes)',
  legend: 'Legend of the map of the gaps',
  legendMissing: (from: number, to: number | null) =>
    from === 0
      ? 'No missing competence'
      : from === to
        ? `${from} missing competence`
        : to == null
          ? `${from} or more missing competences`
          : `${from} to ${to} missing competences`,
  legendOffered: 'Offered within 30 km',
  legendMissingOne: 'Missing: no offer within 30 km',
  legendUnknown: 'Position unknown: not assessed',
  communesCount: (n: number) => (n === 0 ? 'no commune' : n === 1 ? '1 commune' : `${n} communes`),
  legendItem: (label: string, communes: string) => `${label}: ${communes}`,
  mapNote:
    'Administrative outlines of the communes (IGN ADMIN EXPRESS via Etalab, Licence Ouverte 2.0, simplified to ~40 m).',
  mapTable: 'The map’s communes, as a table',
  commune: 'Commune',
  missingCount: 'Competences missing within 30 km',
  missingWhich: 'Which',
  unknownCell: 'position unknown',
};

export type TerritoryText = typeof fr;

export function useTerritoryText(): TerritoryText {
  const { lang } = useI18n();
  return lang === 'en' ? en : fr;
}

/** The French strings, for tests. */
export const territoryTextFr = fr;
