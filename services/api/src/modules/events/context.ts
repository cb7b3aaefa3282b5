import type { EventsService } from './events.service';

// What the events module adds to the resolvers' context (shared/context.ts).
declare module '../../shared/context' {
  interface Context {
    events: EventsService;
  }
}
