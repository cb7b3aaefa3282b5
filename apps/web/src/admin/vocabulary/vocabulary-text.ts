import { useI18n } from '../../i18n/I18nContext';

/** Strings of the object vocabulary page (and its nav entry), loaded with the back-office chunk. */
const fr = {
  navLabel: 'Vocabulaire',
  title: 'Vocabulaire des objets',
  intro:
    'Ce que les habitants ont tapé sans trouver d’objet (compté sans savoir qui l’a tapé), et les synonymes ajoutés par l’équipe. Un synonyme sert dans la minute, sans mise en production.',
  loading: 'Chargement…',
  unknownTitle: 'Recherches sans résultat',
  noUnknown: 'Aucune recherche sans résultat pour l’instant.',
  text: 'Texte tapé',
  count: 'Fois',
  lastSeen: 'Dernière fois',
  picked: 'Catégorie choisie ensuite',
  addAs: 'Ajouter comme synonyme de',
  choose: 'Choisir une sous-catégorie',
  add: 'Ajouter',
  synonymsTitle: 'Synonymes ajoutés',
  noSynonyms: 'Aucun synonyme ajouté.',
  remove: 'Retirer',
  added: (term: string, label: string) => `« ${term} » mène maintenant à ${label}.`,
};

const en: typeof fr = {
  navLabel: 'Vocabulary',
  title: 'Object vocabulary',
  intro:
    'What residents typed that matched no object (counted without knowing who typed it), and the synonyms the team added. A synonym is used within a minute, without a deploy.',
  loading: 'Loading…',
  unknownTitle: 'Searches with no match',
  noUnknown: 'No search without a match so far.',
  text: 'Text typed',
  count: 'Times',
  lastSeen: 'Last seen',
  picked: 'Category picked next',
  addAs: 'Add as a synonym of',
  choose: 'Choose a sub-category',
  add: 'Add',
  synonymsTitle: 'Synonyms added',
  noSynonyms: 'No synonym added.',
  remove: 'Remove',
  added: (term: string, label: string) => `“${term}” now leads to ${label}.`,
};

export function useVocabularyText() {
  return useI18n().lang === 'en' ? en : fr;
}
