import { useI18n } from '../i18n/I18nContext';

/** Strings of the public impact page (/impact). */
const fr = {
  title: 'Ce que le réemploi a permis',
  intro:
    'Chaque mois, les structures du réemploi du Cotentin déclarent ce qu’elles ont reçu et ce qu’elles ont fait réemployer, réparer ou recycler. Seules les déclarations vérifiées par l’équipe sont comptées.',
  year: 'Année',
  allYears: 'Toutes les années',
  loading: 'Chargement…',
  error: 'Les chiffres n’ont pas pu être chargés. Réessayez plus tard.',
  nothing: 'Aucune déclaration validée pour cette période.',
  keyFigures: 'Chiffres clés',
  diverted: 'tonnes détournées de l’enfouissement',
  co2: 'tonnes de CO2e évitées (estimation)',
  structures: 'structures déclarantes',
  months: 'mois déclarés et validés',
  byCategory: 'Par famille d’objets',
  byStructure: 'Par structure',
  byCommune: 'Par commune',
  name: 'Nom',
  received: 'Reçu (kg)',
  reused: 'Réemployé (kg)',
  repaired: 'Réparé (kg)',
  recycled: 'Recyclé (kg)',
  avoided: 'CO2e évité (t)',
  method: 'Méthode',
  methodText:
    'Tonnes détournées : tout ce qui a été réemployé, réparé ou recyclé. CO2e évité : poids réemployé ou réparé et poids recyclé, multipliés par un facteur par famille d’objets.',
  factorSet: (name: string, version: string) => `Facteurs : ${name}, version ${version}.`,
  illustrative:
    'Ces facteurs sont des ordres de grandeur illustratifs, en attente de vérification avec les valeurs publiées par l’ADEME : l’estimation de CO2e est indicative.',
  source: 'Base Empreinte® de l’ADEME',
  embed: 'Partenaires : affichez ce compteur sur votre site',
};
type ImpactText = typeof fr;
const en: ImpactText = {
  title: 'What reuse achieved',
  intro:
    'Every month, the Cotentin’s reuse structures declare what they received and what they had reused, repaired or recycled. Only declarations checked by the team are counted.',
  year: 'Year',
  allYears: 'All years',
  loading: 'Loading…',
  error: 'The figures could not be loaded. Try again later.',
  nothing: 'No validated declaration for this period.',
  keyFigures: 'Key figures',
  diverted: 'tonnes kept out of landfill',
  co2: 'tonnes of CO2e avoided (estimate)',
  structures: 'declaring structures',
  months: 'months declared and validated',
  byCategory: 'By family of objects',
  byStructure: 'By structure',
  byCommune: 'By commune',
  name: 'Name',
  received: 'Received (kg)',
  reused: 'Reused (kg)',
  repaired: 'Repaired (kg)',
  recycled: 'Recycled (kg)',
  avoided: 'CO2e avoided (t)',
  method: 'Method',
  methodText:
    'Tonnes kept out of landfill: everything reused, repaired or recycled. CO2e avoided: the weight reused or repaired and the weight recycled, times a factor per family of objects.',
  factorSet: (name: string, version: string) => `Factors: ${name}, version ${version}.`,
  illustrative:
    'These factors are illustrative orders of magnitude, awaiting a check against ADEME’s published values: the CO2e estimate is indicative.',
  source: 'ADEME’s Base Empreinte®',
  embed: 'Partners: show this counter on your site',
};

export function useImpactText(): ImpactText {
  return useI18n().lang === 'en' ? en : fr;
}
