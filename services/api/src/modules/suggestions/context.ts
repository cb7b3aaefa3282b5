import type { SuggestionsService } from './suggestions.service';

// What the suggestions module adds to the resolvers' context (shared/context.ts).
declare module '../../shared/context' {
  interface BackOffice {
    suggestions: SuggestionsService;
  }
}
