import { CombinedGraphQLErrors } from '@apollo/client';

/** The stable `extensions.code` of the first GraphQL error (see docs/api.md), or null for network errors. */
export function errorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** A GraphQL error's extension value (retryAfterSeconds, currentVersion, changedFields…). */
export function errorExtension<T>(error: unknown, name: string): T | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.extensions?.[name] as T | undefined;
}

export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
