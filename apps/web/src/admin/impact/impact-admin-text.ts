import { useI18n } from '../../i18n/I18nContext';

/** Strings of the back-office « Impact » page. */
const fr = {
  navLabel: 'Impact',
  title: 'Impact : déclarations mensuelles',
  intro:
    'Chaque mois, déclarez ce que votre structure a reçu et ce qu’elle a fait réemployer, réparer ou recycler, en kg ou en pièces, par sous-catégorie. L’équipe valide ; seuls les mois validés sont publiés sur la page Impact. Un mois validé se corrige par une nouvelle déclaration (l’historique est gardé).',
  organization: 'Structure',
  month: 'Mois',
  commune: 'Commune (code INSEE, ex. 50129)',
  declareTitle: 'Déclarer un mois',
  line: (n: number) => `Ligne ${n}`,
  subcategory: 'Sous-catégorie',
  flow: 'Flux',
  flows: { RECEIVED: 'Reçu', PASSED_ON: 'Sorti' } as Record<string, string>,
  outcome: 'Devenir',
  outcomes: { REUSED: 'Réemploi', REPAIRED: 'Réparation', RECYCLED: 'Recyclage' } as Record<string, string>,
  noOutcome: '— (reçu)',
  kg: 'Poids (kg)',
  items: 'Pièces',
  addLine: 'Ajouter une ligne',
  removeLine: (n: number) => `Retirer la ligne ${n}`,
  submit: 'Envoyer la déclaration',
  declared: (month: string, version: number) =>
    `Déclaration de ${month} envoyée (version ${version}), en attente de validation.`,
  refused: 'Rien n’a été enregistré :',
  lineProblem: (line: number, message: string) => (line ? `Ligne ${line} : ${message}` : message),
  csvTitle: 'Importer l’export de la caisse ou de la balance (CSV)',
  csvHelp:
    'Colonnes : mois;commune;sous_categorie;flux;devenir;kg;pieces (commune facultative : sinon celle ci-dessus). 64 Kio au plus. Les lignes correctes sont enregistrées, chaque ligne refusée est listée avec sa raison.',
  csvFile: 'Fichier CSV',
  csvSend: 'Importer',
  csvTooLarge: 'Le fichier dépasse 64 Kio : découpez-le par mois.',
  csvStored: (rows: number, months: number) =>
    `${rows} ligne(s) enregistrée(s) dans ${months} déclaration(s) en attente de validation.`,
  csvRefused: (n: number) => `${n} ligne(s) refusée(s), rien d’elles n’a été enregistré :`,
  listTitle: 'Déclarations',
  pendingOnly: 'En attente seulement',
  status: 'Statut',
  statuses: { PENDING: 'En attente', VALIDATED: 'Validée', REJECTED: 'Refusée', SUPERSEDED: 'Remplacée' } as Record<
    string,
    string
  >,
  version: 'Version',
  lines: 'Lignes',
  refusedRows: 'Lignes refusées à l’import',
  reason: 'Motif',
  validate: 'Valider',
  reject: 'Refuser',
  rejectReason: (month: string) => `Motif du refus (${month})`,
  validated: 'Déclaration validée.',
  rejected: 'Déclaration refusée.',
  none: 'Aucune déclaration.',
  loading: 'Chargement…',
};
type ImpactAdminText = typeof fr;
const en: ImpactAdminText = {
  navLabel: 'Impact',
  title: 'Impact: monthly declarations',
  intro:
    'Each month, declare what your structure received and had reused, repaired or recycled, in kg or items, per sub-category. The team validates; only validated months are published on the Impact page. A validated month is corrected by a new declaration (the history is kept).',
  organization: 'Structure',
  month: 'Month',
  commune: 'Commune (INSEE code, e.g. 50129)',
  declareTitle: 'Declare a month',
  line: (n: number) => `Line ${n}`,
  subcategory: 'Sub-category',
  flow: 'Flow',
  flows: { RECEIVED: 'Received', PASSED_ON: 'Passed on' },
  outcome: 'Outcome',
  outcomes: { REUSED: 'Reused', REPAIRED: 'Repaired', RECYCLED: 'Recycled' },
  noOutcome: '— (received)',
  kg: 'Weight (kg)',
  items: 'Items',
  addLine: 'Add a line',
  removeLine: (n: number) => `Remove line ${n}`,
  submit: 'Send the declaration',
  declared: (month: string, version: number) =>
    `Declaration of ${month} sent (version ${version}), waiting for validation.`,
  refused: 'Nothing was saved:',
  lineProblem: (line: number, message: string) => (line ? `Line ${line}: ${message}` : message),
  csvTitle: 'Import the till or scale export (CSV)',
  csvHelp:
    'Columns: mois;commune;sous_categorie;flux;devenir;kg;pieces (commune optional: otherwise the one above). 64 KiB at most. Good rows are saved; each refused row is listed with its reason.',
  csvFile: 'CSV file',
  csvSend: 'Import',
  csvTooLarge: 'The file is larger than 64 KiB: split it by month.',
  csvStored: (rows: number, months: number) =>
    `${rows} row(s) saved in ${months} declaration(s) waiting for validation.`,
  csvRefused: (n: number) => `${n} row(s) refused, nothing of them saved:`,
  listTitle: 'Declarations',
  pendingOnly: 'Pending only',
  status: 'Status',
  statuses: { PENDING: 'Pending', VALIDATED: 'Validated', REJECTED: 'Rejected', SUPERSEDED: 'Superseded' },
  version: 'Version',
  lines: 'Lines',
  refusedRows: 'Rows refused on import',
  reason: 'Reason',
  validate: 'Validate',
  reject: 'Reject',
  rejectReason: (month: string) => `Reason for rejecting (${month})`,
  validated: 'Declaration validated.',
  rejected: 'Declaration rejected.',
  none: 'No declarations.',
  loading: 'Loading…',
};

export function useImpactAdminText(): ImpactAdminText {
  return useI18n().lang === 'en' ? en : fr;
}
