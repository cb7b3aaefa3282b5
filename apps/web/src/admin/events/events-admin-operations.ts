import type { TypedDocumentNode } from '@apollo/client';
import cancelEventDocument from './cancel-event.graphql';
import createEventDocument from './create-event.graphql';
import managedEventsDocument from './managed-events.graphql';
import updateEventDocument from './update-event.graphql';
import type {
  CancelEventMutation,
  CancelEventMutationVariables,
  CreateEventMutation,
  CreateEventMutationVariables,
  ManagedEventsQuery,
  ManagedEventsQueryVariables,
  UpdateEventMutation,
  UpdateEventMutationVariables,
} from '../../graphql/generated/operations';

/* The back-office's events, against services/api/src/modules/events/schema.graphql (types by `pnpm generate`). */
export type { EventKind } from '../../graphql/generated/operations';

export const MANAGED_EVENTS_QUERY = managedEventsDocument as TypedDocumentNode<
  ManagedEventsQuery,
  ManagedEventsQueryVariables
>;
export const CREATE_EVENT_MUTATION = createEventDocument as TypedDocumentNode<
  CreateEventMutation,
  CreateEventMutationVariables
>;
export const CANCEL_EVENT_MUTATION = cancelEventDocument as TypedDocumentNode<
  CancelEventMutation,
  CancelEventMutationVariables
>;
export const UPDATE_EVENT_MUTATION = updateEventDocument as TypedDocumentNode<
  UpdateEventMutation,
  UpdateEventMutationVariables
>;
