import { useI18n } from '../../i18n/I18nContext';

/** Strings of the API keys page (and its nav entry), loaded with the back-office chunk. */
const fr = {
  navLabel: 'Clés d’API',
  title: 'Clés d’API des partenaires',
  intro:
    'Une clé d’API permet à un partenaire (commune, association, office de tourisme…) d’utiliser l’API ou le widget Réemploi avec une limite plus haute, depuis ses propres sites. Créez-en une par partenaire et par usage.',
  loading: 'Chargement des clés…',
  error: 'Une erreur est survenue :',

  createTitle: 'Nouvelle clé',
  name: 'Nom du partenaire',
  nameHint: 'Par exemple « Mairie de Valognes ». Visible par le partenaire avec sa clé.',
  origins: 'Sites autorisés (origines, facultatif)',
  originsHint:
    'Une adresse par ligne, sans chemin : https://www.valognes.fr. Seules ces pages pourront utiliser la clé dans un navigateur. Aucune : la clé ne sert que depuis un serveur.',
  ratePerMinute: 'Requêtes par minute (facultatif)',
  ratePlaceholder: (rate: string) => `Par défaut : ${rate} (réglage du serveur)`,
  rateHint: (max: string) => `Laissez vide pour la valeur par défaut du serveur ; ${max} au plus.`,
  territory: 'Territoire : communes (facultatif)',
  territoryHint:
    'Une commune par ligne (nom ou code INSEE). Le partenaire ne verra que les lieux de ces communes. Vide : tout l’annuaire.',
  scope: 'Droits de la clé',
  scopeRead: 'Lecture (READ) : les requêtes publiques, avec la limite de la clé',
  scopeAdmin: 'Administration (ADMIN) : lecture, et en plus créer et révoquer des clés',
  scopeAdminWarning:
    'Attention : une clé ADMIN peut créer et révoquer toutes les clés. Ne la donnez qu’à un programme qui tourne sur un serveur, jamais dans une page web.',
  create: 'Créer la clé',
  creating: 'Création…',
  notCreated: 'La clé n’a pas été créée : corrigez les champs signalés.',
  problems: {
    name: 'Indiquez le nom du partenaire (2 caractères au moins).',
    origin: (line: number, value: string) =>
      `Ligne ${line} : « ${value} » n’est pas une origine. Gardez seulement le protocole et le nom du site, sans chemin : https://www.exemple.fr.`,
    rate: (max: string) => `Indiquez un nombre entier de 1 à ${max}, ou laissez vide.`,
    territoryLine: (line: number, message: string) => `Ligne ${line} : ${message}`,
  },

  createdTitle: (name: string) => `Clé créée pour ${name}`,
  secretLabel: (name: string) => `Clé d’API de ${name}`,
  secretWarning:
    'Copiez cette clé maintenant : elle ne sera plus jamais affichée. Réemploi n’en garde qu’une empreinte ; une clé perdue se révoque et se remplace.',
  secretHint: 'Transmettez-la au partenaire par un canal sûr (pas dans un courriel public ni un ticket partagé).',
  copySecret: 'Copier la clé',
  copied: 'Copié dans le presse-papiers.',
  copyFailed: 'Copie impossible : le texte est sélectionné, copiez-le avec Ctrl+C.',
  curlLabel: 'Premier essai en ligne de commande',
  curlHint: 'La réponse donne le nom, la limite, les origines et le territoire de la clé.',
  copyCode: 'Copier le code',
  widgetLabel: 'Widget avec la clé',
  widgetHint: (page: string) =>
    `À coller dans une page d’un site autorisé. Le partenaire peut aussi régler son widget sur ${page} et y coller sa clé.`,
  serverOnly:
    'Cette clé n’a aucun site autorisé : elle ne fonctionne que depuis un serveur (sans en-tête Origin), pas dans un widget.',
  done: 'J’ai copié la clé',

  listTitle: 'Clés existantes',
  showRevoked: 'Afficher les clés révoquées',
  tableLabel: 'Clés d’API',
  caption: (shown: number, revokedShown: boolean) =>
    `${shown} clé${shown > 1 ? 's' : ''} d’API${revokedShown ? ', révoquées comprises' : ''}, avec l’utilisation du mois en cours`,
  noKeys: 'Aucune clé pour l’instant.',
  columns: {
    name: 'Partenaire',
    prefix: 'Préfixe',
    origins: 'Sites autorisés',
    rate: 'Requêtes / min',
    territory: 'Territoire',
    createdAt: 'Créée le',
    lastUsedAt: 'Dernière utilisation',
    requests: 'Requêtes ce mois-ci',
    rateLimited: 'Refusées (limite) ce mois-ci',
    status: 'État',
    actions: 'Actions',
  },
  adminBadge: 'ADMIN',
  serverSide: 'Serveur uniquement',
  everywhere: 'Tout l’annuaire',
  never: 'Jamais',
  active: 'Active',
  revokedOn: (date: string) => `Révoquée le ${date}`,
  revoke: 'Révoquer',
  revokeLabel: (name: string, prefix: string) => `Révoquer la clé ${prefix}… de ${name}`,
  confirmTitle: (name: string) => `Révoquer la clé de ${name} ?`,
  confirmBody: (prefix: string) =>
    `La clé ${prefix}… sera refusée (erreur 401) aussitôt, ou dans les 30 secondes selon le serveur qui reçoit la requête. Les sites et programmes qui l’utilisent cesseront de fonctionner. C’est définitif : pour continuer, le partenaire aura besoin d’une nouvelle clé.`,
  confirmRevoke: 'Révoquer la clé',
  revoking: 'Révocation…',
  cancel: 'Annuler',
  revoked: (name: string) => `Clé de ${name} révoquée.`,
};

export type ApiKeysText = typeof fr;

const en: ApiKeysText = {
  navLabel: 'API keys',
  title: 'Partner API keys',
  intro:
    'An API key lets a partner (a commune, an association, the tourist office…) use the Réemploi API or widget with a higher limit, from their own websites. Create one per partner and per use.',
  loading: 'Loading the keys…',
  error: 'Something went wrong:',

  createTitle: 'New key',
  name: 'Partner name',
  nameHint: 'For example “Mairie de Valognes”. The partner sees it with their key.',
  origins: 'Allowed websites (origins, optional)',
  originsHint:
    'One address per line, without a path: https://www.valognes.fr. Only these pages can use the key in a browser. None: the key only works from a server.',
  ratePerMinute: 'Requests per minute (optional)',
  ratePlaceholder: (rate) => `Default: ${rate} (server setting)`,
  rateHint: (max) => `Leave empty for the server’s default; ${max} at most.`,
  territory: 'Territory: communes (optional)',
  territoryHint:
    'One commune per line (name or INSEE code). The partner will only see places in these communes. Empty: the whole directory.',
  scope: 'Key rights',
  scopeRead: 'Read (READ): public queries, with the key’s limit',
  scopeAdmin: 'Administration (ADMIN): read, and also create and revoke keys',
  scopeAdminWarning:
    'Warning: an ADMIN key can create and revoke every key. Only give it to a program running on a server, never in a web page.',
  create: 'Create the key',
  creating: 'Creating…',
  notCreated: 'The key was not created: fix the fields marked below.',
  problems: {
    name: 'Enter the partner’s name (at least 2 characters).',
    origin: (line, value) =>
      `Line ${line}: “${value}” is not an origin. Keep only the scheme and the site name, without a path: https://www.example.fr.`,
    rate: (max) => `Enter a whole number from 1 to ${max}, or leave it empty.`,
    territoryLine: (line, message) => `Line ${line}: ${message}`,
  },

  createdTitle: (name) => `Key created for ${name}`,
  secretLabel: (name) => `API key of ${name}`,
  secretWarning:
    'Copy this key now: it will never be shown again. Réemploi only keeps a fingerprint of it; a lost key is revoked and replaced.',
  secretHint: 'Hand it to the partner through a safe channel (not a public email or a shared ticket).',
  copySecret: 'Copy the key',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy: the text is selected, copy it with Ctrl+C.',
  curlLabel: 'First try from the command line',
  curlHint: 'The answer gives the key’s name, limit, origins and territory.',
  copyCode: 'Copy the code',
  widgetLabel: 'Widget with the key',
  widgetHint: (page) =>
    `To paste into a page of an allowed website. The partner can also set up their widget at ${page} and paste their key there.`,
  serverOnly:
    'This key has no allowed website: it only works from a server (without an Origin header), not in a widget.',
  done: 'I have copied the key',

  listTitle: 'Existing keys',
  showRevoked: 'Show revoked keys',
  tableLabel: 'API keys',
  caption: (shown, revokedShown) =>
    `${shown} API key${shown === 1 ? '' : 's'}${revokedShown ? ', revoked ones included' : ''}, with this month’s usage`,
  noKeys: 'No keys yet.',
  columns: {
    name: 'Partner',
    prefix: 'Prefix',
    origins: 'Allowed websites',
    rate: 'Requests / min',
    territory: 'Territory',
    createdAt: 'Created',
    lastUsedAt: 'Last used',
    requests: 'Requests this month',
    rateLimited: 'Rate-limited this month',
    status: 'Status',
    actions: 'Actions',
  },
  adminBadge: 'ADMIN',
  serverSide: 'Server-side only',
  everywhere: 'Whole directory',
  never: 'Never',
  active: 'Active',
  revokedOn: (date) => `Revoked on ${date}`,
  revoke: 'Revoke',
  revokeLabel: (name, prefix) => `Revoke key ${prefix}… of ${name}`,
  confirmTitle: (name) => `Revoke the key of ${name}?`,
  confirmBody: (prefix) =>
    `Key ${prefix}… will be refused (error 401) at once, or within 30 seconds depending on the server that receives the request. The websites and programs using it will stop working. This is final: to carry on, the partner will need a new key.`,
  confirmRevoke: 'Revoke the key',
  revoking: 'Revoking…',
  cancel: 'Cancel',
  revoked: (name) => `Key of ${name} revoked.`,
};

export function useApiKeysText(): ApiKeysText {
  return useI18n().lang === 'en' ? en : fr;
}
