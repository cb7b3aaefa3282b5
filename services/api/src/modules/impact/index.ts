// Impact module: the structures' monthly ledger of what they received and passed on (issue 13), staff
// validation with versioned corrections, the public aggregated `impact` figures and the partners' counter.
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('impact', 'schema.graphql');

export { ImpactDeclarationModel } from './impact-declaration.model';
export { impactCounterRouter } from './impact-counter.router';
export { impactResolvers } from './resolvers';
