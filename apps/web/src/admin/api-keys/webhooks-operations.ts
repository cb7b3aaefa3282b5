import type { TypedDocumentNode } from '@apollo/client';
import createWebhookDocument from '../documents/create-webhook.graphql';
import deleteWebhookDocument from '../documents/delete-webhook.graphql';
import enableWebhookDocument from '../documents/enable-webhook.graphql';
import webhooksDocument from '../documents/webhooks.graphql';
import type {
  CreateWebhookMutation,
  CreateWebhookMutationVariables,
  DeleteWebhookMutation,
  DeleteWebhookMutationVariables,
  EnableWebhookMutation,
  EnableWebhookMutationVariables,
  WebhooksQuery,
  WebhooksQueryVariables,
} from '../../graphql/generated/operations';

/* Partners' webhooks from the back-office, against services/api/src/modules/webhooks/schema.graphql. */
export type { PlaceChangeKind } from '../../graphql/generated/operations';
export type Webhook = WebhooksQuery['webhooks'][number];
export type WebhookDelivery = Webhook['deliveries'][number];

/** The kinds a webhook may ask for, in the order the form shows them. */
export const WEBHOOK_KINDS = ['CREATED', 'UPDATED', 'CLOSED', 'REMOVED', 'NOTICE', 'EVENT'] as const;

export const WEBHOOKS_QUERY = webhooksDocument as TypedDocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const CREATE_WEBHOOK_MUTATION = createWebhookDocument as TypedDocumentNode<
  CreateWebhookMutation,
  CreateWebhookMutationVariables
>;
export const DELETE_WEBHOOK_MUTATION = deleteWebhookDocument as TypedDocumentNode<
  DeleteWebhookMutation,
  DeleteWebhookMutationVariables
>;
export const ENABLE_WEBHOOK_MUTATION = enableWebhookDocument as TypedDocumentNode<
  EnableWebhookMutation,
  EnableWebhookMutationVariables
>;
