// Suggestions module: public suggestions and the moderation queue.
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('suggestions', 'schema.graphql');

export { suggestionsResolvers } from './resolvers';
export { SuggestionModel } from './suggestion.model';
export { SuggestionsService } from './suggestions.service';
