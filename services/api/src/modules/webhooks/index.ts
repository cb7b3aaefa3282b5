// Webhooks module: partners' HTTPS endpoints for chosen change kinds and a territory, fed from the
// changes module's log, signed Standard-Webhooks style, retried 24 h, with a delivery log.
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('webhooks', 'schema.graphql');

export { webhooksResolvers } from './resolvers';
export { WebhookWorker, type WebhooksConfig } from './webhook-worker';
export { Webhooks } from './webhooks.service';
