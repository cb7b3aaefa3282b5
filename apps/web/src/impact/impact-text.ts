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
    'Tonnes détournées : tout ce qui a été réemployé, réparé ou recyclé. CO2e évité : chaque objet réemployé ou réparé, déclaré en pièces, est un objet neuf qui n’a pas été fabriqué ; nous comptons l’empreinte de fabrication et de distribution publiée par l’ADEME pour un objet de sa famille (le moins émetteur des objets courants de la famille : une estimation basse). Le reste (poids déclarés en kg, recyclage, familles sans objet ADEME) est multiplié par un facteur par kg et par famille d’objets.',
  verifiedPart: (tonnes: string) => `dont ${tonnes} t de CO2e sur des facteurs ADEME vérifiés`,
  factorSet: (name: string, version: string) => `Facteurs par pièce : ${name}, version ${version}.`,
  factorsTable: 'Facteurs ADEME par pièce',
  subcategory: 'Famille d’objets',
  object: 'Objet de référence (Impact CO₂)',
  perItem: 'kg CO2e par pièce',
  illustrative: (name: string, version: string) =>
    `Facteurs par kg : ${name}, version ${version}. Ce sont des valeurs illustratives, en attente des valeurs publiées par l’ADEME : la part du CO2e qui en dépend est indicative.`,
  source: 'Impact CO₂ et Base Empreinte® de l’ADEME',
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
    'Tonnes kept out of landfill: everything reused, repaired or recycled. CO2e avoided: each item reused or repaired, declared in items, is a new item not made; we count the manufacturing and distribution footprint ADEME publishes for an object of its family (the lowest of the family’s common objects: a low estimate). The rest (weights declared in kg, recycling, families without an ADEME object) is multiplied by a factor per kg and per family of objects.',
  verifiedPart: (tonnes: string) => `of which ${tonnes} t CO2e on verified ADEME factors`,
  factorSet: (name: string, version: string) => `Per-item factors: ${name}, version ${version}.`,
  factorsTable: 'ADEME per-item factors',
  subcategory: 'Family of objects',
  object: 'Reference object (Impact CO₂)',
  perItem: 'kg CO2e per item',
  illustrative: (name: string, version: string) =>
    `Per-kg factors: ${name}, version ${version}. These are illustrative values awaiting ADEME’s published ones: the part of the CO2e resting on them is indicative.`,
  source: 'Impact CO₂ and ADEME’s Base Empreinte®',
  embed: 'Partners: show this counter on your site',
};

export function useImpactText(): ImpactText {
  return useI18n().lang === 'en' ? en : fr;
}
