// Audit module: per-place history (who, when, each field before/after) and revert.
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('audit', 'schema.graphql');

export { AuditEventModel } from './audit-event.model';
export {
  type AuditAction,
  auditEvent,
  type FieldChange,
  type StoredAuditEvent,
  fieldsChangedSince,
  importCreators,
  placeHistory,
  recordImportedCreates,
  recordPlaceChange,
} from './audit-trail';
export { auditResolvers } from './resolvers';
