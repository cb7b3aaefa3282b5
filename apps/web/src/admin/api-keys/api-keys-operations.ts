import type { TypedDocumentNode } from '@apollo/client';
import apiKeysDocument from '../documents/api-keys.graphql';
import createApiKeyDocument from '../documents/create-api-key.graphql';
import revokeApiKeyDocument from '../documents/revoke-api-key.graphql';

/* Partner API keys from the back-office, against services/api/src/modules/partners/schema.graphql (typed by hand). */
export type ApiKeyScope = 'READ' | 'ADMIN';

export interface ApiKeyMonthlyUsage {
  month: string;
  requests: number;
  rateLimited: number;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  origins: string[];
  ratePerMinute: number;
  territory: string[];
  scopes: ApiKeyScope[];
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  /** The newest month with requests only (`usage(months: 1)`): maybe not the current one. */
  usage: ApiKeyMonthlyUsage[];
}

export interface ApiKeyLimits {
  defaultRatePerMinute: number;
  maxRatePerMinute: number;
}

export interface CreateApiKeyInput {
  name: string;
  origins: string[];
  ratePerMinute: number | null;
  territory: string[];
  scopes: ApiKeyScope[];
}

export interface ApiKeyInputProblem {
  field: string;
  message: string;
}

export const API_KEYS_QUERY = apiKeysDocument as TypedDocumentNode<
  { apiKeys: ApiKey[]; apiKeyLimits: ApiKeyLimits },
  Record<string, never>
>;
export const CREATE_API_KEY_MUTATION = createApiKeyDocument as TypedDocumentNode<
  { createApiKey: { secret: string | null; apiKey: ApiKey | null; problems: ApiKeyInputProblem[] } },
  { input: CreateApiKeyInput }
>;
export const REVOKE_API_KEY_MUTATION = revokeApiKeyDocument as TypedDocumentNode<
  { revokeApiKey: { id: string; revokedAt: string | null } },
  { id: string }
>;
