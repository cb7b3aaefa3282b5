import { useI18n } from '../i18n/I18nContext';

/** Strings of the "Que faire de… ?" pages, loaded with their chunk. */
const fr = {
  title: (object: string) => `Que faire de « ${object} » ?`,
  loading: 'Recherche…',
  category: (sub: string, category: string) => `Catégorie : ${sub} (${category})`,
  approximate: 'Correspondance approximative : vérifiez que c’est bien votre objet.',
  good: 'En bon état',
  goodIntro: 'Il peut servir encore : donnez-le, vendez-le ou échangez-le.',
  broken: 'Cassé ou en panne',
  brokenIntro: 'Faites-le réparer ; sinon, déposez-le pour qu’il soit recyclé.',
  hazardTitle: 'Objet dangereux : pas de réemploi',
  where: 'Où aller',
  notFound: (object: string) => `Nous ne reconnaissons pas « ${object} ».`,
  searchAll: 'Chercher tous les lieux',
  action: {
    DONATE: 'Donner : lieux les plus proches',
    SELL: 'Vendre : lieux les plus proches',
    EXCHANGE: 'Échanger : lieux les plus proches',
    REPAIR: 'Faire réparer : lieux les plus proches',
    DROP_OFF: 'Déposer : lieux les plus proches',
    RETURN: 'Rapporter en magasin : lieux les plus proches',
  } as Record<string, string>,
};

const en: typeof fr = {
  title: (object: string) => `What to do with “${object}”?`,
  loading: 'Searching…',
  category: (sub: string, category: string) => `Category: ${sub} (${category})`,
  approximate: 'Approximate match: check that this is your object.',
  good: 'In good condition',
  goodIntro: 'It can still be used: give it, sell it or swap it.',
  broken: 'Broken or not working',
  brokenIntro: 'Get it repaired; otherwise drop it off to be recycled.',
  hazardTitle: 'Hazardous object: not for reuse',
  where: 'Where to go',
  notFound: (object: string) => `We do not recognise “${object}”.`,
  searchAll: 'Search all places',
  action: {
    DONATE: 'Give: nearest places',
    SELL: 'Sell: nearest places',
    EXCHANGE: 'Swap: nearest places',
    REPAIR: 'Repair: nearest places',
    DROP_OFF: 'Drop off: nearest places',
    RETURN: 'Take back to a shop: nearest places',
  },
};

export function useObjectPageText() {
  return useI18n().lang === 'en' ? en : fr;
}
