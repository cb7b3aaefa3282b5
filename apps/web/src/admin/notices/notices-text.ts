import { useI18n } from '../../i18n/I18nContext';

/** Strings of the back-office's notices: the place editor's section and the several-places screen. */
const fr = {
  navLabel: 'Avis et fermetures',
  sectionTitle: 'Avis et fermetures exceptionnelles',
  sectionIntro:
    'Une fermeture, des horaires exceptionnels ou saisonniers, un avis : visibles tout de suite sur la carte, la fiche du lieu et le widget. « Ouvert maintenant » en tient compte.',
  saveFirst: 'Enregistrez d’abord vos modifications de la fiche.',
  none: 'Aucun avis en cours ni à venir.',
  newNotice: 'Ajouter un avis ou une fermeture',
  remove: 'Retirer',
  removeFrom: (what: string) => `Retirer l’avis « ${what} »`,
  kind: 'Type',
  kinds: {
    CLOSURE: 'Fermeture exceptionnelle',
    EXCEPTIONAL_HOURS: 'Horaires exceptionnels',
    SEASONAL_HOURS: 'Horaires saisonniers (été / hiver)',
    NOTICE: 'Avis libre',
  },
  startsOn: 'Du',
  endsOn: 'Au (inclus)',
  noticeStartsOn: 'À partir du (facultatif, aujourd’hui par défaut)',
  reason: 'Motif, montré aux usagers',
  reasonHint: 'Par exemple « grève », « travaux », « intempéries ». Texte simple, 80 caractères au plus.',
  reasonPresets: ['grève', 'travaux', 'intempéries', 'inventaire', 'jour férié'],
  optionalReason: 'Motif (facultatif)',
  message: 'Message aux usagers',
  messageHint: (left: number) => `Texte simple, ${left} caractères restants.`,
  hoursLegend: 'Horaires de la période',
  season: (n: number) => `Saison ${n}`,
  seasonFrom: 'Du (MM-JJ)',
  seasonTo: 'Au (MM-JJ, inclus)',
  seasonHours: (n: number) => `Horaires de la saison ${n}`,
  seasonsHint:
    'Chaque année, les horaires d’une saison remplacent les horaires habituels entre ses dates (ex. été du 04-01 au 09-30, hiver du 10-01 au 03-31). Pensez à « PH off » pour fermer les jours fériés.',
  add: 'Ajouter l’avis',
  adding: 'Ajout…',
  added: (n: number) => (n === 1 ? 'Avis ajouté.' : `Avis ajouté à ${n} lieux.`),
  removed: 'Avis retiré.',
  failed: 'L’avis n’a pas été enregistré :',
  problems: {
    REQUIRED: 'un champ obligatoire pour ce type d’avis est vide.',
    INVALID_DATE: 'une date n’existe pas.',
    ENDS_BEFORE_START: 'la date de fin est avant la date de début.',
    ALREADY_OVER: 'cette période est déjà terminée.',
    TOO_FAR: 'un avis se termine dans les deux ans et commence au plus un mois avant aujourd’hui.',
    TOO_LONG: 'le texte est trop long.',
    MARKUP: 'texte simple uniquement, sans balises HTML.',
    INVALID_HOURS: 'les horaires ne sont pas au format OpenStreetMap opening_hours.',
    TOO_MANY_SEASONS: 'quatre saisons au plus.',
    TOO_MANY_NOTICES: 'ce lieu a déjà 20 avis : retirez-en un.',
    NO_PLACES: 'aucun lieu ne correspond à cette sélection.',
    TOO_MANY_PLACES: '500 lieux au plus à la fois.',
  } as Record<string, string>,
  bulkTitle: 'Avis sur plusieurs lieux à la fois',
  bulkIntro:
    'Par exemple : fermer toutes les déchèteries un jour de grève, ou prévenir tous les lieux d’une commune. Seuls les lieux publiés ou en brouillon que vous pouvez modifier sont concernés.',
  targetKinds: 'Types de lieux',
  targetCommunes: 'Communes (une par ligne, nom ou code INSEE ; facultatif)',
  targetHint: 'Types et communes ensemble : les lieux de ces types dans ces communes.',
  addedTo: 'Lieux concernés :',
  forSelection: (n: number) =>
    n === 1 ? 'Ajouter un avis ou une fermeture à ce lieu' : `Ajouter un avis ou une fermeture à ces ${n} lieux`,
  selection: (n: number) => (n === 1 ? 'Le lieu choisi dans la liste.' : `Les ${n} lieux choisis dans la liste.`),
  selectionAnd: 'En plus (facultatif) :',
};

const en: typeof fr = {
  navLabel: 'Notices and closures',
  sectionTitle: 'Notices and exceptional closures',
  sectionIntro:
    'A closure, exceptional or seasonal hours, a notice: shown at once on the map, the place page and the widget. “Open now” takes them into account.',
  saveFirst: 'Save your changes to the listing first.',
  none: 'No current or coming notice.',
  newNotice: 'Add a notice or a closure',
  remove: 'Remove',
  removeFrom: (what) => `Remove the notice “${what}”`,
  kind: 'Kind',
  kinds: {
    CLOSURE: 'Exceptional closure',
    EXCEPTIONAL_HOURS: 'Exceptional hours',
    SEASONAL_HOURS: 'Seasonal hours (summer / winter)',
    NOTICE: 'Free notice',
  },
  startsOn: 'From',
  endsOn: 'To (included)',
  noticeStartsOn: 'From (optional, today by default)',
  reason: 'Reason, shown to residents',
  reasonHint:
    'E.g. “grève” (strike), “travaux” (works), “intempéries” (bad weather). Plain text, 80 characters at most.',
  reasonPresets: ['grève', 'travaux', 'intempéries', 'inventaire', 'jour férié'],
  optionalReason: 'Reason (optional)',
  message: 'Message to residents',
  messageHint: (left) => `Plain text, ${left} characters left.`,
  hoursLegend: 'Hours of the period',
  season: (n) => `Season ${n}`,
  seasonFrom: 'From (MM-DD)',
  seasonTo: 'To (MM-DD, included)',
  seasonHours: (n) => `Hours of season ${n}`,
  seasonsHint:
    'Every year, a season’s hours replace the usual hours between its dates (e.g. summer 04-01 to 09-30, winter 10-01 to 03-31). Remember “PH off” to close on public holidays.',
  add: 'Add the notice',
  adding: 'Adding…',
  added: (n) => (n === 1 ? 'Notice added.' : `Notice added to ${n} places.`),
  removed: 'Notice removed.',
  failed: 'The notice was not saved:',
  problems: {
    REQUIRED: 'a field this kind of notice needs is empty.',
    INVALID_DATE: 'a date does not exist.',
    ENDS_BEFORE_START: 'the end date is before the start date.',
    ALREADY_OVER: 'this period is already over.',
    TOO_FAR: 'a notice ends within two years and starts at most a month ago.',
    TOO_LONG: 'the text is too long.',
    MARKUP: 'plain text only, no HTML tags.',
    INVALID_HOURS: 'the hours are not in OpenStreetMap opening_hours syntax.',
    TOO_MANY_SEASONS: 'four seasons at most.',
    TOO_MANY_NOTICES: 'this place already has 20 notices: remove one.',
    NO_PLACES: 'no place matches this selection.',
    TOO_MANY_PLACES: '500 places at most at once.',
  },
  bulkTitle: 'Notice on several places at once',
  bulkIntro:
    'For example: close every recycling centre on a strike day, or warn every place of a commune. Only published or draft places you may edit are concerned.',
  targetKinds: 'Kinds of places',
  targetCommunes: 'Communes (one a line, name or INSEE code; optional)',
  targetHint: 'Kinds and communes together: the places of these kinds in these communes.',
  addedTo: 'Places concerned:',
  forSelection: (n) =>
    n === 1 ? 'Add a notice or a closure to this place' : `Add a notice or a closure to these ${n} places`,
  selection: (n) => (n === 1 ? 'The place chosen in the list.' : `The ${n} places chosen in the list.`),
  selectionAnd: 'Also (optional):',
};

export type NoticesAdminText = typeof fr;

export function useNoticesAdminText(): NoticesAdminText {
  return useI18n().lang === 'en' ? en : fr;
}
