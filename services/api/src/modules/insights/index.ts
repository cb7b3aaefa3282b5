// Insights module: anonymous daily counters of demand (searches, object lookups, what residents did with a
// place, « Avez-vous trouvé ? ») kept in memory and flushed in batches, and the staff `insights` query
// (issue 13; docs/privacy.md says what is counted and what is not).
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('insights', 'schema.graphql');

export { Insights } from './insights.service';
export { type RequestInsights, dayOf } from './request-insights';
export { insightsResolvers } from './resolvers';
