import { GraphQLError } from 'graphql';
import { mongo } from 'mongoose';

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

// Driver and mongoose errors meaning "the database cannot be reached right now" (not a bad query), by
// class so that subclasses count too (PoolClearedOnNetworkError, raised when a hung server's heartbeat
// fails and the commands waiting on it are interrupted, is a MongoNetworkError).
const { MongoNetworkError, MongoServerSelectionError, MongoNotConnectedError, MongoServerClosedError } = mongo;
const { MongoTopologyClosedError, MongoClientClosedError, MongoOperationTimeoutError } = mongo;
const UNREACHABLE_CLASSES = [
  MongoNetworkError, // refused, reset, closed mid-command, timed out; pool cleared (MongoPoolClearedError)
  MongoServerSelectionError, // no server answered within serverSelectionTimeoutMS
  MongoNotConnectedError,
  MongoServerClosedError,
  MongoTopologyClosedError,
  MongoClientClosedError,
  MongoOperationTimeoutError,
];
// Classes the driver does not export (the pool ones also by name, should a second copy of the driver
// make instanceof miss them), and mongoose's own.
const UNREACHABLE_NAMES = new Set([
  'MongoPoolClearedError',
  'PoolClearedOnNetworkError',
  'MongoWaitQueueTimeoutError',
  'MongoPoolClosedError',
  'MongooseServerSelectionError',
]);
// Server answers meaning "not now" rather than "not this": a primary stepping down or shutting down,
// a member that cannot reach the others (the driver labels the retryable ones, when it could not retry).
const TRANSIENT_SERVER_CODES = new Set([6, 7, 89, 91, 189, 9001, 10107, 11600, 11602, 13435, 13436]);

// A command sent to a hung server may still run when it resumes (it was received, never answered):
// the message says so, since a create retried blindly could then exist twice.
const UNAVAILABLE_MESSAGE =
  'The database is unreachable or not answering right now; searches still work. Retry this request in a few seconds (if it was a change, check first whether it was saved).';

function unreachable(error: Error): boolean {
  if (UNREACHABLE_CLASSES.some((type) => error instanceof type) || UNREACHABLE_NAMES.has(error.name)) return true;
  // mongoose with bufferCommands off, before its first connection
  if (error.name === 'MongooseError' && error.message.includes('bufferCommands = false')) return true;
  if (error instanceof mongo.MongoServerError)
    return TRANSIENT_SERVER_CODES.has(Number(error.code)) || error.hasErrorLabel('RetryableWriteError');
  return false;
}

/** The one place database outages become AppError UNAVAILABLE (retryable); null for any other error. */
export function databaseUnavailable(error: unknown): AppError | null {
  // Code that adds context to an error keeps the driver's error as its cause.
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1) {
    if (unreachable(cause)) return unavailable(UNAVAILABLE_MESSAGE);
  }
  return null;
}

/** Converts an AppError to the GraphQLError Apollo sends; other errors pass through. */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof AppError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  return error;
}
