import type { TypedDocumentNode } from '@apollo/client';
import apiKeysDocument from '../documents/api-keys.graphql';
import createApiKeyDocument from '../documents/create-api-key.graphql';
import revokeApiKeyDocument from '../documents/revoke-api-key.graphql';

import type {
  ApiKeyRowFragment,
  ApiKeysQuery,
  ApiKeysQueryVariables,
  CreateApiKeyMutation,
  CreateApiKeyMutationVariables,
  RevokeApiKeyMutation,
  RevokeApiKeyMutationVariables,
} from '../../graphql/generated/operations';

/* Partner API keys from the back-office, against services/api/src/modules/partners/schema.graphql (types by `pnpm generate`). */
export type { ApiKeyScope, CreateApiKeyInput } from '../../graphql/generated/operations';

/** `usage` holds the newest month with requests only (`usage(months: 1)`): maybe not the current one. */
export type ApiKey = ApiKeyRowFragment;
export type ApiKeyMonthlyUsage = ApiKey['usage'][number];
export type ApiKeyLimits = ApiKeysQuery['apiKeyLimits'];
export type ApiKeyInputProblem = CreateApiKeyMutation['createApiKey']['problems'][number];

export const API_KEYS_QUERY = apiKeysDocument as TypedDocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CREATE_API_KEY_MUTATION = createApiKeyDocument as TypedDocumentNode<
  CreateApiKeyMutation,
  CreateApiKeyMutationVariables
>;
export const REVOKE_API_KEY_MUTATION = revokeApiKeyDocument as TypedDocumentNode<
  RevokeApiKeyMutation,
  RevokeApiKeyMutationVariables
>;
