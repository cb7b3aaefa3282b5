import type { Webhooks } from './webhooks.service';

// What the webhooks module adds to the resolvers' context (shared/context.ts).
declare module '../../shared/context' {
  interface Context {
    webhooks: Webhooks;
  }
}
