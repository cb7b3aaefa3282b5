import { useI18n } from '../../i18n/I18nContext';
import type { PlaceChangeKind } from './webhooks-operations';

/** Strings of the webhooks section of the API keys page. */
const fr = {
  title: 'Webhooks des partenaires',
  intro:
    'Un webhook envoie chaque changement de l’annuaire (ouverture, modification, fermeture, avis…) au serveur du partenaire, signé, en quelques secondes. Les envois qui échouent sont retentés pendant 24 h ; ensuite le webhook est suspendu et son contact prévenu par e-mail.',
  key: 'Clé du partenaire',
  noKeys: 'Aucune clé active : créez d’abord une clé.',
  loading: 'Chargement des webhooks…',
  none: 'Aucun webhook pour cette clé.',
  error: 'Une erreur est survenue :',
  addTitle: 'Nouveau webhook',
  url: 'Adresse du serveur du partenaire',
  urlHint: 'Une adresse https:// publique, par exemple https://sync.partenaire.fr/reemploi.',
  kinds: 'Changements envoyés',
  territory: 'Communes (facultatif)',
  territoryHint:
    'Une commune par ligne (nom ou code INSEE), dans le territoire de la clé. Vide : tout le territoire de la clé.',
  contactEmail: 'E-mail du contact technique',
  contactHint: 'Prévenu si le webhook est suspendu.',
  add: 'Ajouter le webhook',
  adding: 'Ajout…',
  secretTitle: 'Secret de signature',
  secretWarning: 'Copiez ce secret maintenant et transmettez-le au partenaire : il ne sera plus jamais affiché.',
  secretDone: 'J’ai copié le secret',
  kindNames: {
    CREATED: 'Nouveau lieu',
    UPDATED: 'Lieu modifié',
    CLOSED: 'Lieu fermé',
    REMOVED: 'Lieu retiré',
    NOTICE: 'Avis (fermeture temporaire, horaires)',
    EVENT: 'Événement',
  } satisfies Record<PlaceChangeKind, string>,
  active: 'Actif',
  disabled: 'Suspendu',
  disabledSince: (date: string, reason: string) => `Suspendu le ${date} : ${reason}`,
  enable: 'Réactiver',
  remove: 'Supprimer',
  removeConfirm: (url: string) =>
    `Supprimer le webhook vers ${url} et son journal ? Le partenaire ne recevra plus rien.`,
  confirmRemove: 'Oui, supprimer',
  cancel: 'Annuler',
  enabled: (url: string) => `Webhook vers ${url} réactivé : les envois en attente partent dans l’ordre.`,
  removed: (url: string) => `Webhook vers ${url} supprimé.`,
  created: (url: string) => `Webhook vers ${url} ajouté.`,
  logTitle: (url: string) => `Journal des envois vers ${url}`,
  logEmpty: 'Aucun envoi pour l’instant.',
  columns: {
    createdAt: 'Changement',
    kind: 'Type',
    status: 'État',
    attempts: 'Tentatives',
    last: 'Dernière réponse',
    next: 'Prochain essai',
  },
  deliveryStatus: { PENDING: 'En attente', DELIVERED: 'Reçu', FAILED: 'Abandonné' },
  noAnswer: 'pas de réponse',
};

export type WebhooksText = typeof fr;

const en: WebhooksText = {
  title: 'Partners’ webhooks',
  intro:
    'A webhook sends every change of the directory (new place, edit, closure, notice…) to the partner’s server, signed, within seconds. Failed sends are retried for 24 h; then the webhook is suspended and its contact told by e-mail.',
  key: 'Partner’s key',
  noKeys: 'No active key: create a key first.',
  loading: 'Loading webhooks…',
  none: 'No webhook for this key.',
  error: 'Something went wrong:',
  addTitle: 'New webhook',
  url: 'Address of the partner’s server',
  urlHint: 'A public https:// address, for example https://sync.partner.example/reemploi.',
  kinds: 'Changes sent',
  territory: 'Communes (optional)',
  territoryHint:
    'One commune per line (name or INSEE code), within the key’s territory. Empty: the key’s whole territory.',
  contactEmail: 'Technical contact’s e-mail',
  contactHint: 'Told if the webhook is suspended.',
  add: 'Add the webhook',
  adding: 'Adding…',
  secretTitle: 'Signing secret',
  secretWarning: 'Copy this secret now and give it to the partner: it will never be shown again.',
  secretDone: 'I have copied the secret',
  kindNames: {
    CREATED: 'New place',
    UPDATED: 'Place edited',
    CLOSED: 'Place closed',
    REMOVED: 'Place removed',
    NOTICE: 'Notice (temporary closure, hours)',
    EVENT: 'Event',
  },
  active: 'Active',
  disabled: 'Suspended',
  disabledSince: (date, reason) => `Suspended on ${date}: ${reason}`,
  enable: 'Re-enable',
  remove: 'Delete',
  removeConfirm: (url) => `Delete the webhook to ${url} and its log? The partner will receive nothing more.`,
  confirmRemove: 'Yes, delete',
  cancel: 'Cancel',
  enabled: (url) => `Webhook to ${url} re-enabled: waiting sends go out in order.`,
  removed: (url) => `Webhook to ${url} deleted.`,
  created: (url) => `Webhook to ${url} added.`,
  logTitle: (url) => `Send log to ${url}`,
  logEmpty: 'Nothing sent yet.',
  columns: {
    createdAt: 'Change',
    kind: 'Kind',
    status: 'State',
    attempts: 'Attempts',
    last: 'Last answer',
    next: 'Next try',
  },
  deliveryStatus: { PENDING: 'Waiting', DELIVERED: 'Received', FAILED: 'Given up' },
  noAnswer: 'no answer',
};

export function useWebhooksText(): WebhooksText {
  return useI18n().lang === 'en' ? en : fr;
}
