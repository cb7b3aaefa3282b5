import { useI18n } from '../../i18n/I18nContext';

/** Strings of the « À vérifier » and « Fermetures en attente » pages (and their nav entries). */
const fr = {
  navToVerify: 'À vérifier',
  toVerifyTitle: 'Lieux à vérifier',
  toVerifyIntro:
    'Lieux publiés que personne n’a confirmés depuis plus d’un an (ni une source, ni la structure, ni l’équipe), le plus ancien en premier. Les habitants les voient « À vérifier ». Vérifiez-les, puis corrigez la fiche ou cliquez « Toujours exact ».',
  noneToVerify: 'Aucun lieu à vérifier : tout a été confirmé dans l’année.',
  count: (n: number) => `${n} lieu${n > 1 ? 'x' : ''} à vérifier`,
  place: 'Lieu',
  lastConfirmed: 'Dernière confirmation',
  by: (type: string, name: string | null) =>
    type === 'SOURCE' || type === 'STRUCTURE'
      ? `${type === 'SOURCE' ? 'source' : 'structure'}${name ? ` « ${name} »` : ''}`
      : 'équipe',
  stillAccurate: 'Toujours exact',
  stillAccurateFor: (name: string) => `Toujours exact : ${name}`,
  confirmed: (name: string) => `« ${name} » est confirmé.`,
  more: 'Afficher plus',
  loading: 'Chargement…',
  navClosures: 'Fermetures en attente',
  closuresTitle: 'Fermetures en attente',
  closuresIntro:
    'Un import qui fermerait d’un coup plus de 5 % des lieux de sa source ne les ferme pas (un fichier cassé ne doit pas vider la carte) : il les liste ici. Vérifiez la source, puis confirmez (les lieux sont fermés) ou écartez (ils restent ouverts ; le prochain import complet décidera de nouveau).',
  noClosures: 'Aucune fermeture en attente.',
  heldBy: (source: string, date: string, n: number, total: number) =>
    `${source} — import du ${date} : ${n} lieu${n > 1 ? 'x' : ''} sur ${total} fermerai${n > 1 ? 'ent' : 't'}.`,
  confirmClosures: (n: number) => `Fermer ces ${n} lieux`,
  dismissClosures: 'Écarter, les laisser ouverts',
  closed: (n: number) => `${n} lieu${n > 1 ? 'x' : ''} fermé${n > 1 ? 's' : ''}.`,
  dismissed: 'Fermetures écartées : les lieux restent ouverts.',
};

const en: typeof fr = {
  navToVerify: 'To be checked',
  toVerifyTitle: 'Places to be checked',
  toVerifyIntro:
    'Published places nobody confirmed for over a year (no source, nor the organisation, nor the team), oldest first. Residents see them as “To be checked”. Check them, then fix the listing or click “Still accurate”.',
  noneToVerify: 'Nothing to check: every place was confirmed within the year.',
  count: (n: number) => `${n} place${n > 1 ? 's' : ''} to be checked`,
  place: 'Place',
  lastConfirmed: 'Last confirmed',
  by: (type: string, name: string | null) =>
    type === 'SOURCE' || type === 'STRUCTURE'
      ? `${type === 'SOURCE' ? 'source' : 'organisation'}${name ? ` “${name}”` : ''}`
      : 'team',
  stillAccurate: 'Still accurate',
  stillAccurateFor: (name: string) => `Still accurate: ${name}`,
  confirmed: (name: string) => `“${name}” is confirmed.`,
  more: 'Show more',
  loading: 'Loading…',
  navClosures: 'Pending closures',
  closuresTitle: 'Pending closures',
  closuresIntro:
    'An import that would close more than 5 % of its source’s places at once does not close them (a broken file must not empty the map): it lists them here. Check the source, then confirm (the places are closed) or dismiss (they stay open; the next complete import decides again).',
  noClosures: 'No pending closures.',
  heldBy: (source: string, date: string, n: number, total: number) =>
    `${source} — import of ${date}: ${n} of ${total} place${total > 1 ? 's' : ''} would close.`,
  confirmClosures: (n: number) => `Close these ${n} places`,
  dismissClosures: 'Dismiss, keep them open',
  closed: (n: number) => `${n} place${n > 1 ? 's' : ''} closed.`,
  dismissed: 'Closures dismissed: the places stay open.',
};

export function useFreshnessText() {
  const { lang } = useI18n();
  return lang === 'en' ? en : fr;
}
