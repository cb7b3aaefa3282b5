import { Event, EventOccurrence, Place } from './Event';
import { cancelEvent } from './Mutation/cancelEvent';
import { createEvent } from './Mutation/createEvent';
import { updateEvent } from './Mutation/updateEvent';
import { event } from './Query/event';
import { events } from './Query/events';
import { managedEvents } from './Query/managedEvents';

export const eventsResolvers = {
  Query: { events, event, managedEvents },
  Mutation: { createEvent, updateEvent, cancelEvent },
  Event,
  EventOccurrence,
  Place,
};
