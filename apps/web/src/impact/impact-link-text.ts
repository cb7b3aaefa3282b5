import { useI18n } from '../i18n/I18nContext';

/** The footer link to /impact: apart from the page's own strings, which load with its chunk. */
export const useImpactLinkText = () => (useI18n().lang === 'en' ? 'What reuse achieves' : 'Impact du réemploi');
