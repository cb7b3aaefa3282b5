import { useI18n } from '../../i18n/I18nContext';

/** Strings of « Territoires des collectivités » (/admin/utilisateurs). */
const fr = {
  title: 'Territoires des collectivités',
  intro:
    'Une collectivité voit le réseau de ses communes seulement (« Le réseau sur mon territoire ») : choisissez-les par leur nom parmi les communes du Cotentin.',
  noCollectivity: 'Aucune organisation n’est une collectivité.',
  makeCollectivity: 'Organisation qui devient une collectivité',
  choose: '—',
  make: 'En faire une collectivité',
  collectivity: 'Collectivité',
  communes: (name: string, n: number) =>
    n === 0 ? `${name} n’a aucune commune : elle ne voit rien du réseau.` : `Communes de ${name} (${n})`,
  remove: (commune: string) => `Retirer ${commune}`,
  removeLabel: 'Retirer',
  add: 'Ajouter une commune (son nom)',
  addButton: 'Ajouter',
  unknown: (name: string) => `« ${name} » n’est pas une commune du Cotentin : choisissez un nom de la liste.`,
  already: (name: string) => `${name} est déjà dans le territoire.`,
  save: (name: string) => `Enregistrer les communes de ${name}`,
  saved: (name: string, n: number) => `Territoire de ${name} enregistré : ${n} commune${n > 1 ? 's' : ''}.`,
  refused: (communes: string) => `Communes inconnues, rien n’a été enregistré : ${communes}.`,
  failed: 'Le territoire n’a pas pu être enregistré. Réessayez dans quelques instants.',
};

const en: typeof fr = {
  title: 'Collectivities’ territories',
  intro:
    'A collectivity sees the network of its communes only (« Le réseau sur mon territoire »): choose them by name among the communes of the Cotentin.',
  noCollectivity: 'No organisation is a collectivity.',
  makeCollectivity: 'Organisation becoming a collectivity',
  choose: '—',
  make: 'Make it a collectivity',
  collectivity: 'Collectivity',
  communes: (name: string, n: number) =>
    n === 0 ? `${name} has no commune: it sees nothing of the network.` : `Communes of ${name} (${n})`,
  remove: (commune: string) => `Remove ${commune}`,
  removeLabel: 'Remove',
  add: 'Add a commune (its name)',
  addButton: 'Add',
  unknown: (name: string) => `“${name}” is not a commune of the Cotentin: choose a name from the list.`,
  already: (name: string) => `${name} is already in the territory.`,
  save: (name: string) => `Save the communes of ${name}`,
  saved: (name: string, n: number) => `Territory of ${name} saved: ${n} commune${n > 1 ? 's' : ''}.`,
  refused: (communes: string) => `Unknown communes, nothing was saved: ${communes}.`,
  failed: 'The territory could not be saved. Try again in a moment.',
};

export type TerritoryText = typeof fr;
export const territoryTexts = { fr, en };

export function useTerritoryText(): TerritoryText {
  const { lang } = useI18n();
  return lang === 'en' ? en : fr;
}
