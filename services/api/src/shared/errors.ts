import { GraphQLError } from 'graphql';

/** Stable error codes every client can rely on (extensions.code). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A client-caused or expected failure, mapped to a GraphQL error with its code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const notFound = (message: string) => new AppError(ErrorCode.NOT_FOUND, message);
export const unavailable = (message: string) => new AppError(ErrorCode.UNAVAILABLE, message, { retryable: true });

// Driver and mongoose errors meaning "the database cannot be reached right now" (not a bad query):
// selection timeouts, dropped or refused connections, a client closed or not yet connected.
const DATABASE_UNREACHABLE = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoPoolClearedError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoServerClosedError',
]);

/** The one place database outages become AppError UNAVAILABLE (retryable); null for any other error. */
export function databaseUnavailable(error: unknown): AppError | null {
  if (!(error instanceof Error)) return null;
  const unreachable =
    DATABASE_UNREACHABLE.has(error.name) ||
    // mongoose with bufferCommands off, before its first connection
    (error.name === 'MongooseError' && error.message.includes('bufferCommands = false'));
  if (!unreachable) return null;
  return unavailable(
    'The database is unreachable right now; searches still work. Retry this request in a few seconds.',
  );
}

/** Converts an AppError to the GraphQLError Apollo sends; other errors pass through. */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof AppError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  return error;
}
