import * as audit from '../modules/audit';
import * as auth from '../modules/auth';
import * as board from '../modules/board';
import * as changes from '../modules/changes';
import * as events from '../modules/events';
import * as federation from '../modules/federation';
import * as impact from '../modules/impact';
import * as insights from '../modules/insights';
import * as notices from '../modules/notices';
import * as organizations from '../modules/organizations';
import * as partners from '../modules/partners';
import * as places from '../modules/places';
import * as suggestions from '../modules/suggestions';
import * as taxonomy from '../modules/taxonomy';
import * as webhooks from '../modules/webhooks';
import { sdlFiles } from '../shared/sdl';
import { version } from '../shared/version';

/** The schema's SDL: the shared root types, then each module's own files. */
export function loadTypeDefs(): string {
  return [
    sdlFiles('shared/schema.graphql'),
    ...[
      taxonomy,
      places,
      notices,
      partners,
      auth,
      organizations,
      audit,
      suggestions,
      federation,
      events,
      changes,
      webhooks,
      insights,
      board,
      impact,
    ].map((m) => m.typeDefs()),
  ].join('\n');
}

type ResolverMap = Record<string, object>;

/**
 * Merges the modules' resolver maps type by type and field by field. Two modules resolving the same field
 * is a mistake (the later one would silently win), so it throws, naming the field, when the app starts.
 */
export function mergeResolvers(maps: readonly ResolverMap[]): Record<string, Record<string, unknown>> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps)
    for (const [type, fields] of Object.entries(map)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Two modules resolve ${type}.${field}.`);
        target[field] = resolver;
      }
    }
  return merged;
}

const apiInfoResolvers = {
  Query: {
    apiInfo: () => ({
      version,
      dataLicence:
        'Per source: each place lists its sources with their licence and attribution (OpenStreetMap-derived data is ODbL; ADEME and data·inclusion data are Licence Ouverte 2.0).',
      attribution: 'Réemploi — annuaire du réemploi du Cotentin; taxonomy © ADEME (LVAO, MIT).',
    }),
  },
};

export const resolvers = mergeResolvers([
  apiInfoResolvers,
  taxonomy.taxonomyResolvers,
  places.placesResolvers,
  places.placeStaffResolvers,
  notices.noticesResolvers,
  partners.partnersResolvers,
  auth.authResolvers,
  organizations.organizationsResolvers,
  audit.auditResolvers,
  suggestions.suggestionsResolvers,
  federation.federationResolvers,
  events.eventsResolvers,
  changes.changesResolvers,
  webhooks.webhooksResolvers,
  insights.insightsResolvers,
  board.boardResolvers,
  impact.impactResolvers,
]);
