// Taxonomy module: categories, actions, kinds, labels and resolveObject over @reemploi/taxonomy.
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('taxonomy', 'schema.graphql');

export { taxonomyResolvers } from './resolvers';
