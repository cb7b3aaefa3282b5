// Organizations module: organisations owning places, sources and staff accounts.
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('organizations', 'schema.graphql');

export { knownCompetenceCodes } from './competences.service';
export { OrganizationModel } from './organization.model';
export { type TerritoryCommune, territoryCommuneOf } from './territory-communes';
export { organizationsResolvers } from './resolvers';
export {
  COMMUNE_POSITIONS_FILE,
  type CommuneCentre,
  type PositionsFile,
  readPositionsFile,
  withCentres,
  writePositionsFile,
} from './commune-positions';
