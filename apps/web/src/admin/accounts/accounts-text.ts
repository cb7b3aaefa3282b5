import { useI18n } from '../../i18n/I18nContext';
import type { Role } from '../admin-operations';

/** Strings of the staff account pages (password link, forgotten password, my account, accounts) and their nav links. */
const fr = {
  navAccount: 'Mon compte',
  navAccounts: 'Comptes',
  forgotLink: 'Mot de passe oublié ?',
  backToLogin: 'Retour à la connexion',
  loading: 'Chargement…',
  saving: 'Enregistrement…',
  sending: 'Envoi…',
  unavailable: 'Le serveur ne répond pas : réessayez dans un instant.',
  rateLimited: (seconds: number | null) =>
    `Trop de demandes : réessayez dans ${seconds && seconds > 60 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds ?? 60} secondes`}.`,
  checkFields: 'Vérifiez les champs signalés.',
  none: '—',
  email: 'Adresse électronique',
  name: 'Nom',
  role: 'Rôle',
  organization: 'Organisation',
  roles: {
    ADMIN: 'Administrateur·rice',
    EDITOR: 'Éditeur·rice',
    STRUCTURE: 'Structure',
    MODERATOR: 'Modérateur·rice',
    COLLECTIVITY: 'Collectivité',
  } satisfies Record<Role, string>,
  rolesHint:
    'Administrateur·rice : tout, y compris les comptes. Éditeur·rice : lieux, sources et imports de son organisation. Structure : les lieux de son organisation. Modérateur·rice : les suggestions du public. Collectivité : le réseau des structures de son territoire (les communes de son organisation).',

  // Password fields, shared by the password link page and My account.
  newPassword: 'Nouveau mot de passe',
  confirmPassword: 'Confirmer le nouveau mot de passe',
  passwordRules:
    'Au moins 12 caractères, 200 au plus, et pas votre adresse électronique. Une phrase de quelques mots est facile à retenir et difficile à deviner.',
  mismatch: 'Les deux mots de passe ne sont pas identiques.',

  // `/admin/mot-de-passe#token=…`
  linkTitle: 'Choisir mon mot de passe',
  linkIntro: 'Choisissez le mot de passe de votre compte de l’espace équipe. Ce lien ne sert qu’une fois.',
  linkSubmit: 'Enregistrer et me connecter',
  linkInvalid: 'Ce lien a expiré ou a déjà servi.',
  linkMissing: 'Ce lien est incomplet.',
  linkHelp:
    'Demandez un nouveau lien à un administrateur de l’équipe, ou recevez-en un par courriel avec « Mot de passe oublié ? ».',

  // `/admin/mot-de-passe-oublie`
  forgotTitle: 'Mot de passe oublié',
  forgotIntro:
    'Indiquez l’adresse électronique de votre compte : un lien pour choisir un nouveau mot de passe vous sera envoyé.',
  forgotSubmit: 'Recevoir un lien',
  forgotSent: (email: string) =>
    `Si l’adresse ${email} correspond à un compte actif, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il ne sert qu’une fois et remplace les liens précédents. Rien reçu d’ici quelques minutes (pensez au dossier des indésirables) ? Demandez un nouveau lien à un administrateur de l’équipe.`,
  forgotNoMail:
    'Ce serveur n’envoie pas de courriels : aucun lien ne peut vous être envoyé. Demandez à un administrateur de l’équipe un nouveau lien de mot de passe ; il le crée depuis la page « Comptes » et vous le transmet.',

  // `/admin/compte`
  accountTitle: 'Mon compte',
  changePasswordTitle: 'Changer mon mot de passe',
  currentPassword: 'Mot de passe actuel',
  changeSubmit: 'Changer le mot de passe',
  changed:
    'Mot de passe changé. Vos autres sessions (autres navigateurs ou appareils) ont été déconnectées ; celle-ci reste ouverte.',
  tokenViewer: 'Vous utilisez le jeton d’administration : il n’a pas de mot de passe à changer.',

  // `/admin/utilisateurs`
  accountsTitle: 'Comptes de l’équipe',
  accountsIntro:
    'Invitez une personne, changez son rôle ou son organisation, désactivez un compte ou créez un nouveau lien de mot de passe.',
  loadFailed: 'Impossible de charger les comptes :',
  inviteTitle: 'Inviter une personne',
  nameOptional: 'Nom (facultatif)',
  chooseRole: '— Choisir un rôle —',
  roleRequired: 'Choisissez un rôle.',
  noOrganization: '— Aucune —',
  organizationHint: 'Obligatoire pour les rôles Éditeur·rice et Structure.',
  noOrganizations:
    'Aucune organisation enregistrée pour l’instant : elles se créent sur le serveur (pnpm reemploi user create --org « Nom »).',
  inviteSubmit: 'Inviter',
  inviting: 'Invitation…',
  invited: (email: string) => `Compte créé pour ${email}. Transmettez-lui son lien de mot de passe ci-dessous.`,
  linkFor: (email: string) => `Lien de mot de passe pour ${email}`,
  linkLabel: 'Lien à usage unique',
  linkExpires: (date: string) =>
    `Valable jusqu’au ${date}, utilisable une seule fois ; les liens précédents de ce compte ne fonctionnent plus.`,
  linkEmailed: (email: string) => `Il a aussi été envoyé par courriel à ${email}.`,
  linkNotEmailed:
    'Il n’a pas été envoyé par courriel (aucun serveur de courriel configuré) : transmettez-le vous-même, par un moyen sûr.',
  copy: 'Copier le lien',
  copied: 'Lien copié.',
  copyFailed: 'Copie impossible ici : le lien est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).',
  tableCaption: (n: number) => `Comptes de l’équipe (${n})`,
  password: 'Mot de passe',
  state: 'État',
  lastLogin: 'Dernière connexion',
  actions: 'Actions',
  hasPassword: 'Choisi',
  pendingInvitation: 'Invitation en attente',
  enabled: 'Actif',
  disabled: 'Désactivé',
  never: 'Jamais',
  you: '(vous)',
  manage: 'Gérer',
  manageTitle: (email: string) => `Compte ${email}`,
  save: 'Enregistrer le rôle et l’organisation',
  updated: (email: string) => `Compte ${email} mis à jour.`,
  disable: 'Désactiver le compte',
  enable: 'Réactiver le compte',
  disableHint: 'Un compte désactivé ne peut plus se connecter ; ses sessions sont fermées aussitôt.',
  disabledDone: (email: string) => `Compte ${email} désactivé ; ses sessions sont fermées.`,
  enabledDone: (email: string) => `Compte ${email} réactivé.`,
  cannotDisableSelf: 'Vous ne pouvez pas désactiver votre propre compte.',
  newLink: 'Nouveau lien de mot de passe',
  newLinkHint: 'Pour une invitation expirée ou un mot de passe oublié. Les liens précédents cessent de fonctionner.',
  close: 'Fermer',
  /** The API's problem messages (services/api/src/modules/auth), in French; others are shown as they come. */
  serverMessages: {
    'Not an email address.': 'Ce n’est pas une adresse électronique.',
    'An account with this email already exists.': 'Un compte existe déjà avec cette adresse.',
    'The EDITOR role needs an organisation.': 'Le rôle Éditeur·rice a besoin d’une organisation.',
    'The STRUCTURE role needs an organisation.': 'Le rôle Structure a besoin d’une organisation.',
    'No such organisation.': 'Cette organisation n’existe pas.',
    'Not an organisation id.': 'Organisation inconnue.',
    'The password needs at least 12 characters.': 'Le mot de passe doit compter au moins 12 caractères.',
    'The password may have at most 200 characters.': 'Le mot de passe peut compter 200 caractères au plus.',
    'The password may not be your email address.': 'Le mot de passe ne peut pas être votre adresse électronique.',
    'The current password is wrong.': 'Le mot de passe actuel est incorrect.',
  } as Record<string, string>,
};

export type AccountsText = typeof fr;

const en: AccountsText = {
  navAccount: 'My account',
  navAccounts: 'Accounts',
  forgotLink: 'Forgot your password?',
  backToLogin: 'Back to sign-in',
  loading: 'Loading…',
  saving: 'Saving…',
  sending: 'Sending…',
  unavailable: 'The server does not answer: try again in a moment.',
  rateLimited: (seconds) =>
    `Too many requests: try again in ${seconds && seconds > 60 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds ?? 60} seconds`}.`,
  checkFields: 'Check the fields marked below.',
  none: '—',
  email: 'Email address',
  name: 'Name',
  role: 'Role',
  organization: 'Organisation',
  roles: {
    ADMIN: 'Administrator',
    EDITOR: 'Editor',
    STRUCTURE: 'Structure',
    MODERATOR: 'Moderator',
    COLLECTIVITY: 'Local authority',
  },
  rolesHint:
    "Administrator: everything, accounts included. Editor: places, sources and imports of their organisation. Structure: the places of their organisation. Moderator: the suggestions from the public. Local authority: the network of structures on its territory (its organisation's communes).",

  newPassword: 'New password',
  confirmPassword: 'Confirm the new password',
  passwordRules:
    'At least 12 characters, at most 200, and not your email address. A phrase of a few words is easy to remember and hard to guess.',
  mismatch: 'The two passwords are not the same.',

  linkTitle: 'Choose my password',
  linkIntro: 'Choose the password of your staff account. This link works only once.',
  linkSubmit: 'Save and sign in',
  linkInvalid: 'This link has expired or was already used.',
  linkMissing: 'This link is incomplete.',
  linkHelp: 'Ask a team administrator for a new link, or get one by email with “Forgot your password?”.',

  forgotTitle: 'Forgotten password',
  forgotIntro: 'Enter the email address of your account: a link to choose a new password will be sent to it.',
  forgotSubmit: 'Send me a link',
  forgotSent: (email) =>
    `If ${email} belongs to an active account, a link to choose a new password has just been sent to it. It works only once and replaces earlier links. Nothing within a few minutes (check the spam folder)? Ask a team administrator for a new link.`,
  forgotNoMail:
    'This server does not send email: no link can be sent to you. Ask a team administrator for a new password link; they create it on the “Accounts” page and pass it on to you.',

  accountTitle: 'My account',
  changePasswordTitle: 'Change my password',
  currentPassword: 'Current password',
  changeSubmit: 'Change the password',
  changed: 'Password changed. Your other sessions (other browsers or devices) were signed out; this one stays open.',
  tokenViewer: 'You are using the admin token: it has no password to change.',

  accountsTitle: 'Team accounts',
  accountsIntro: 'Invite someone, change their role or organisation, disable an account or create a new password link.',
  loadFailed: 'The accounts could not be loaded:',
  inviteTitle: 'Invite someone',
  nameOptional: 'Name (optional)',
  chooseRole: '— Choose a role —',
  roleRequired: 'Choose a role.',
  noOrganization: '— None —',
  organizationHint: 'Required for the Editor and Structure roles.',
  noOrganizations: 'No organisation yet: they are created on the server (pnpm reemploi user create --org "Name").',
  inviteSubmit: 'Invite',
  inviting: 'Inviting…',
  invited: (email) => `Account created for ${email}. Pass their password link below on to them.`,
  linkFor: (email) => `Password link for ${email}`,
  linkLabel: 'One-time link',
  linkExpires: (date) => `Valid until ${date}, usable once; earlier links of this account no longer work.`,
  linkEmailed: (email) => `It was also emailed to ${email}.`,
  linkNotEmailed: 'It was not emailed (no mail server configured): pass it on yourself, through a safe channel.',
  copy: 'Copy the link',
  copied: 'Link copied.',
  copyFailed: 'Cannot copy here: the link is selected, copy it with Ctrl+C (⌘+C on a Mac).',
  tableCaption: (n) => `Team accounts (${n})`,
  password: 'Password',
  state: 'State',
  lastLogin: 'Last sign-in',
  actions: 'Actions',
  hasPassword: 'Chosen',
  pendingInvitation: 'Invitation pending',
  enabled: 'Active',
  disabled: 'Disabled',
  never: 'Never',
  you: '(you)',
  manage: 'Manage',
  manageTitle: (email) => `Account ${email}`,
  save: 'Save the role and organisation',
  updated: (email) => `Account ${email} updated.`,
  disable: 'Disable the account',
  enable: 'Enable the account',
  disableHint: 'A disabled account cannot sign in; its sessions are closed at once.',
  disabledDone: (email) => `Account ${email} disabled; its sessions are closed.`,
  enabledDone: (email) => `Account ${email} enabled again.`,
  cannotDisableSelf: 'You cannot disable your own account.',
  newLink: 'New password link',
  newLinkHint: 'For an expired invitation or a forgotten password. Earlier links stop working.',
  close: 'Close',
  serverMessages: {},
};

export const accountsTexts = { fr, en };

export function useAccountsText(): AccountsText {
  return useI18n().lang === 'en' ? en : fr;
}

/** A problem message of the API in the page's language (the API writes English). */
export const localizeProblem = (text: AccountsText, message: string) => text.serverMessages[message] ?? message;
