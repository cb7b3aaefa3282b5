import type { TypedDocumentNode } from '@apollo/client';
import agendaDocument from './documents/agenda.graphql';
import placeEventsDocument from './documents/place-events.graphql';
import type {
  AgendaQuery,
  AgendaQueryVariables,
  EventOccurrenceItemFragment,
  PlaceEventsQuery,
  PlaceEventsQueryVariables,
} from '../graphql/generated/operations';

/* The agenda's operations, against services/api/src/modules/events/schema.graphql (types by `pnpm generate`). */
export type Occurrence = EventOccurrenceItemFragment;

export const AGENDA_QUERY = agendaDocument as TypedDocumentNode<AgendaQuery, AgendaQueryVariables>;
export const PLACE_EVENTS_QUERY = placeEventsDocument as TypedDocumentNode<PlaceEventsQuery, PlaceEventsQueryVariables>;
