// Notices module: closures, exceptional and seasonal hours, free notices on places (issue 12). Notices are
// stored on the place and written through the places module's writePlace; the directory folds them into
// each place's hours (@reemploi/directory/hours-notices).
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('notices', 'schema.graphql');

export { noticesResolvers } from './resolvers';
export { liveNotices } from './resolvers/notice-view';
export { localDay } from './notice-input';
