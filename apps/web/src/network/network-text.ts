import { useI18n } from '../i18n/I18nContext';

/** Strings of « Professionnels et collectivités »: search, profile page, CSV export. */
const fr = {
  title: 'Professionnels et collectivités : trouver un partenaire',
  intro:
    'Recycleries, ressourceries et structures d’insertion du Cotentin : cherchez qui propose un débarras, une collecte en entreprise, une réponse à un marché avec clause sociale…',
  competence: 'Compétence',
  anyCompetence: 'Toutes les compétences',
  commune: 'Commune couverte (nom ou code INSEE)',
  insertionType: 'Type de structure d’insertion',
  anyType: 'Tous les types',
  search: 'Rechercher',
  export: 'Télécharger la liste (CSV, pour un marché)',
  csvHeader: [
    'Structure',
    'SIRET',
    'Types',
    'Compétences',
    'Communes',
    'Courriel',
    'Téléphone',
    'Site web',
    'Salariés en insertion',
    'Contact',
  ],
  results: (n: number) => (n === 0 ? 'Aucune structure ne correspond.' : n === 1 ? '1 structure' : `${n} structures`),
  error: 'La recherche ne peut pas aboutir pour le moment. Réessayez dans quelques instants.',
  covers: 'Intervient à',
  back: 'Retour à la recherche de partenaires',
  notFound: 'Cette structure n’existe pas ou plus.',
  identity: 'Identité',
  siret: 'SIRET',
  legalForm: 'Forme juridique',
  ess: 'Entreprise de l’économie sociale et solidaire',
  networks: 'Réseaux',
  competences: 'Compétences et services',
  everywhere: 'sur tout son territoire',
  contact: 'Contact',
  email: 'Courriel',
  phone: 'Téléphone',
  website: 'Site web',
  capacity: 'Capacité (personnes mobilisables)',
  insertionJobs: 'Salariés en insertion',
  contactPerson: 'Personne à contacter',
  types: {
    ACI: 'Atelier et chantier d’insertion (ACI)',
    AI: 'Association intermédiaire (AI)',
    EI: 'Entreprise d’insertion (EI)',
    ETTI: 'Entreprise de travail temporaire d’insertion (ETTI)',
    EA: 'Entreprise adaptée (EA)',
    ESAT: 'Établissement et service d’aide par le travail (ESAT)',
  } as Record<string, string>,
};

const en: typeof fr = {
  title: 'Professionals and local authorities: find a partner',
  intro:
    'Recycling centres, ressourceries and insertion structures of the Cotentin: find who offers house clearance, collection for companies, an answer to a tender with a social clause…',
  competence: 'Competence',
  anyCompetence: 'All competences',
  commune: 'Commune covered (name or INSEE code)',
  insertionType: 'Type of insertion structure',
  anyType: 'All types',
  search: 'Search',
  export: 'Download the list (CSV, for a tender)',
  csvHeader: [
    'Structure',
    'SIRET',
    'Types',
    'Competences',
    'Communes',
    'E-mail',
    'Phone',
    'Website',
    'Insertion employees',
    'Contact',
  ],
  results: (n: number) => (n === 0 ? 'No structure matches.' : n === 1 ? '1 structure' : `${n} structures`),
  error: 'The search cannot be run right now. Try again in a moment.',
  covers: 'Works in',
  back: 'Back to the partner search',
  notFound: 'This structure does not exist (any more).',
  identity: 'Identity',
  siret: 'SIRET',
  legalForm: 'Legal form',
  ess: 'Social and solidarity economy company',
  networks: 'Networks',
  competences: 'Competences and services',
  everywhere: 'on its whole territory',
  contact: 'Contact',
  email: 'E-mail',
  phone: 'Phone',
  website: 'Website',
  capacity: 'Capacity (people available)',
  insertionJobs: 'Employees in insertion',
  contactPerson: 'Contact person',
  types: {
    ACI: 'Integration workshop (ACI)',
    AI: 'Intermediary association (AI)',
    EI: 'Integration company (EI)',
    ETTI: 'Temporary work integration company (ETTI)',
    EA: 'Adapted company (EA)',
    ESAT: 'Sheltered work establishment (ESAT)',
  },
};

export type NetworkText = typeof fr;

export function useNetworkText(): NetworkText {
  const { lang } = useI18n();
  return lang === 'en' ? en : fr;
}

/** The French strings, for what is not a component (the CSV export is written in the page's language by its caller). */
export const networkTextFr = fr;
