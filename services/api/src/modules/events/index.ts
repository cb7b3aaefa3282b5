// Events module: dated events of places and organisations (recurrence, agenda, iCalendar feeds).
// The module's public face: other modules and the composition root import from here only (eslint.config.js).

import { moduleSdl } from '../../shared/sdl';

/** The module's GraphQL SDL (schema.graphql). */
export const typeDefs = () => moduleSdl('events', 'schema.graphql');

export { EventModel, EventChangeModel } from './event.model';
export { eventFieldCosts } from './event-query-costs';
export { EventsService } from './events.service';
export {
  type ImportedEventCounts,
  type ImportedSession,
  type ImportedSessions,
  storeImportedSessions,
} from './imported-events';
export { icalRouter } from './ical.router';
export { eventsResolvers } from './resolvers';
