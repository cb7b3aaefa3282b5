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

/**
 * Why the request failed under its code (`extensions.reason`, see docs/api.md), for the reasons this app
 * words; null for a reason it does not know (the API may add some) or none.
 */
export function errorReason(error: unknown): ErrorReason | null {
  const reason = errorExtension<unknown>(error, 'reason');
  return typeof reason === 'string' && (ERROR_REASONS as readonly string[]).includes(reason)
    ? (reason as ErrorReason)
    : null;
}

/** The reasons of CONFLICT and FORBIDDEN errors the API sends (services/api/src/shared/errors.ts). */
export const ERROR_REASONS = [
  'STALE_VERSION',
  'CONCURRENT_WRITE',
  'ALREADY_REVIEWED',
  'IMPORT_RUNNING',
  'SOURCE_FORMAT_MISMATCH',
  'AMBIGUOUS_KEY_PREFIX',
  'ROLE_NOT_ALLOWED',
  'OTHER_ORGANIZATION',
  'OTHER_UPLOADER',
  'NOT_AN_ACCOUNT',
  'ORIGIN_NOT_ALLOWED',
  'OUTSIDE_TERRITORY',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
