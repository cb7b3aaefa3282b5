import { useI18n } from '../i18n/I18nContext';

/** Strings of the link to a commune's printable guide (place page, commune agenda). */
const fr = {
  print: (commune: string) => `Imprimer le guide de ${commune}`,
  details: 'PDF, une page A4 pour le panneau d’affichage de la mairie ou une personne sans smartphone',
};

const en: typeof fr = {
  print: (commune) => `Print the guide of ${commune}`,
  details: 'PDF, one A4 page for the town hall’s notice board or someone without a smartphone',
};

export type GuideText = typeof fr;

export function useGuideText(): GuideText {
  const { lang } = useI18n();
  return lang === 'en' ? en : fr;
}
