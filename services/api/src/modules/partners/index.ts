// Partners module: API keys (origins, rate, territory), partner access chain, usage, the widget's assets.
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('partners', 'schema.graphql');

export { ApiKeyModel, ApiKeyUsageModel } from './api-key.model';
export { runApiKeyCommand } from './apikey.command';
export { embedAssets } from './embed-assets';
export { partnerOf } from './partner-access';
export { Partners, type PartnersConfig } from './partners';
export { partnersResolvers } from './resolvers';
export { withTerritory } from './territory';
