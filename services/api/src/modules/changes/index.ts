// Changes module: the ordered log of changes to the public directory, read by partners with
// placesChanged and by the webhooks module. The places module's write paths append to it, right after
// each audit event; other modules append their own kinds (docs/api.md "Partners keep in sync").
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('changes', 'schema.graphql');

export { CHANGE_KINDS, type ChangeKind } from './change.model';
export { communeKey, encodeChangeCursor, inTerritory } from './change-feed';
export {
  type NewChange,
  type StoredChange,
  type WrittenPlace,
  appendChanges,
  lastChangeSeq,
  readChanges,
  recordPlaceWrites,
} from './change-log';
export { changesResolvers } from './resolvers';
