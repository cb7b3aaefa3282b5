import type { PartnerAccess } from './api-key-registry';
import type { ApiKeyService } from './api-key.service';

// What the partners module adds to the resolvers' context (shared/context.ts).
declare module '../../shared/context' {
  interface Context {
    /** The API key this request is made with (null: anonymous). */
    partner: PartnerAccess | null;
    apiKeys: ApiKeyService;
  }
}
