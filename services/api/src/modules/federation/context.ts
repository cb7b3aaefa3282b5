import type { FederationService } from './federation.service';

// What the federation module adds to the resolvers' context (shared/context.ts).
declare module '../../shared/context' {
  interface Context {
    /** Sources, imports and the match review queue (staff). */
    federation: FederationService;
  }
}
