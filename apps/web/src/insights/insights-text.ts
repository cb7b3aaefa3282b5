import { useI18n } from '../i18n/I18nContext';

/** Strings of « Avez-vous trouvé ? » and the privacy page. */
const fr = {
  foundItQuestion: 'Avez-vous trouvé ?',
  foundYes: 'Oui',
  foundNo: 'Non',
  foundClosed: 'Le lieu était fermé',
  foundWrong: 'Une information est fausse',
  foundThanks: 'Merci ! Votre réponse nous aide à améliorer l’annuaire.',
  foundReportClosed: 'Signaler la fermeture',
  foundReportWrong: 'Corriger la fiche',
  foundPrivacy: 'Réponse anonyme',
  footerPrivacy: 'Confidentialité',
  privacyTitle: 'Confidentialité : ce que nous comptons, et ce que nous ne gardons pas',
};
type InsightsText = typeof fr;

const en: InsightsText = {
  foundItQuestion: 'Did you find it?',
  foundYes: 'Yes',
  foundNo: 'No',
  foundClosed: 'The place was closed',
  foundWrong: 'Some information is wrong',
  foundThanks: 'Thank you! Your answer helps us improve the directory.',
  foundReportClosed: 'Report the closure',
  foundReportWrong: 'Correct the listing',
  foundPrivacy: 'Anonymous answer',
  footerPrivacy: 'Privacy',
  privacyTitle: 'Privacy: what we count, and what we do not keep',
};

export function useInsightsText(): InsightsText {
  return useI18n().lang === 'en' ? en : fr;
}
