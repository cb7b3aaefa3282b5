import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import { placesResolvers } from '../modules/places/resolvers';
import { taxonomyResolvers } from '../modules/taxonomy/resolvers';
import { partnersResolvers } from '../modules/partners/resolvers';
import { authResolvers } from '../modules/auth/resolvers';
import { placeStaffResolvers } from '../modules/places/resolvers/staff-index';
import { auditResolvers } from '../modules/audit/resolvers';
import { suggestionsResolvers } from '../modules/suggestions/resolvers';
import { federationResolvers } from '../modules/federation/resolvers';
import { organizationsResolvers } from '../modules/organizations/resolvers';
import { version } from './version';

const SDL_FILES = [
  'shared/schema.graphql',
  'modules/taxonomy/schema.graphql',
  'modules/places/schema.graphql',
  'modules/partners/schema.graphql',
  'modules/auth/schema.graphql',
  'modules/organizations/schema.graphql',
  'modules/places/staff.graphql',
  'modules/audit/schema.graphql',
  'modules/suggestions/schema.graphql',
  'modules/federation/schema.graphql',
];

/** The schema's SDL, one file per domain module, in a stable order. */
export function loadTypeDefs(): string {
  const src = path.join(repoRoot(), 'services', 'api', 'src');
  return SDL_FILES.map((file) => readFileSync(path.join(src, file), 'utf8')).join('\n');
}

export const resolvers = {
  ...taxonomyResolvers,
  ...placesResolvers,
  ApiKey: partnersResolvers.ApiKey,
  StaffUser: authResolvers.StaffUser,
  ManagedPlace: placeStaffResolvers.ManagedPlace,
  PlaceHistoryEvent: auditResolvers.PlaceHistoryEvent,
  Suggestion: suggestionsResolvers.Suggestion,
  Source: federationResolvers.Source,
  ImportRun: federationResolvers.ImportRun,
  MatchReview: federationResolvers.MatchReview,
  Mutation: {
    ...taxonomyResolvers.Mutation,
    ...partnersResolvers.Mutation,
    ...authResolvers.Mutation,
    ...placeStaffResolvers.Mutation,
    ...auditResolvers.Mutation,
    ...suggestionsResolvers.Mutation,
    ...federationResolvers.Mutation,
  },
  Query: {
    apiInfo: () => ({
      version,
      dataLicence:
        'Per source: each place lists its sources with their licence and attribution (OpenStreetMap-derived data is ODbL; ADEME and data·inclusion data are Licence Ouverte 2.0).',
      attribution: 'Réemploi — annuaire du réemploi du Cotentin; taxonomy © ADEME (LVAO, MIT).',
    }),
    ...taxonomyResolvers.Query,
    ...placesResolvers.Query,
    ...partnersResolvers.Query,
    ...authResolvers.Query,
    ...organizationsResolvers.Query,
    ...placeStaffResolvers.Query,
    ...auditResolvers.Query,
    ...suggestionsResolvers.Query,
    ...federationResolvers.Query,
  },
};
