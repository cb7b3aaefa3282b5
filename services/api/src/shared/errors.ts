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

/**
 * Why a request failed, under its stable code (extensions.reason), so that a client can word each
 * situation: CONFLICT and FORBIDDEN cover several. Additive: clients must accept reasons they do not know.
 */
export const ErrorReason = {
  // CONFLICT
  /** The client's version of a place is not the stored one (someone saved in between). */
  STALE_VERSION: 'STALE_VERSION',
  /** The place kept changing while this write was retried; nothing was saved. */
  CONCURRENT_WRITE: 'CONCURRENT_WRITE',
  /** The suggestion or the match review was already decided (by someone else, or in another tab). */
  ALREADY_REVIEWED: 'ALREADY_REVIEWED',
  /** Another run holds the source's import lock (retryable once it finishes). */
  IMPORT_RUNNING: 'IMPORT_RUNNING',
  /** A source of that name exists with another format. */
  SOURCE_FORMAT_MISMATCH: 'SOURCE_FORMAT_MISMATCH',
  /** Several API keys start with the given prefix (command line). */
  AMBIGUOUS_KEY_PREFIX: 'AMBIGUOUS_KEY_PREFIX',
  // FORBIDDEN
  /** The staff member's role does not allow this. */
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED',
  /** The place, suggestion or source belongs to another organisation than the staff member's. */
  OTHER_ORGANIZATION: 'OTHER_ORGANIZATION',
  /** The uploaded file was sent by another staff member. */
  OTHER_UPLOADER: 'OTHER_UPLOADER',
  /** The admin token is not an account (it has no password). */
  NOT_AN_ACCOUNT: 'NOT_AN_ACCOUNT',
  /** The API key may not be used from the request's Origin. */
  ORIGIN_NOT_ALLOWED: 'ORIGIN_NOT_ALLOWED',
  /** The API key is restricted to communes the filter goes beyond. */
  OUTSIDE_TERRITORY: 'OUTSIDE_TERRITORY',
} as const;
export type ErrorReason = (typeof ErrorReason)[keyof typeof ErrorReason];

/** Codes that always carry a reason (an AppError with one of them cannot be built without). */
type ReasonedCode = typeof ErrorCode.CONFLICT | typeof ErrorCode.FORBIDDEN;

/** The code each reason is sent under; a reason added without a case here fails the typecheck. */
export function codeOf(reason: ErrorReason): ReasonedCode {
  switch (reason) {
    case ErrorReason.STALE_VERSION:
    case ErrorReason.CONCURRENT_WRITE:
    case ErrorReason.ALREADY_REVIEWED:
    case ErrorReason.IMPORT_RUNNING:
    case ErrorReason.SOURCE_FORMAT_MISMATCH:
    case ErrorReason.AMBIGUOUS_KEY_PREFIX:
      return ErrorCode.CONFLICT;
    case ErrorReason.ROLE_NOT_ALLOWED:
    case ErrorReason.OTHER_ORGANIZATION:
    case ErrorReason.OTHER_UPLOADER:
    case ErrorReason.NOT_AN_ACCOUNT:
    case ErrorReason.ORIGIN_NOT_ALLOWED:
    case ErrorReason.OUTSIDE_TERRITORY:
      return ErrorCode.FORBIDDEN;
    default:
      return unmapped(reason);
  }
}

function unmapped(reason: never): never {
  throw new Error(`error reason ${String(reason)} has no code`);
}

/** A client-caused or expected failure, mapped to a GraphQL error with its code (and reason). */
export class AppError extends Error {
  constructor(code: Exclude<ErrorCode, ReasonedCode>, message: string, details?: Record<string, unknown>);
  constructor(code: ReasonedCode, message: string, details: Record<string, unknown>, reason: ErrorReason);
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** What a client reads: the code, the reason when there is one, then the details. */
  get extensions(): Record<string, unknown> {
    return { code: this.code, ...(this.reason ? { reason: this.reason } : {}), ...this.details };
  }
}

/** An expected failure of a known kind: the reason decides the code. */
export const refusal = (reason: ErrorReason, message: string, details: Record<string, unknown> = {}) =>
  new AppError(codeOf(reason), message, details, reason);

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
