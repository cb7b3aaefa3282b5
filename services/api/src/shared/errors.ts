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

/** Converts an AppError to the GraphQLError Apollo sends; other errors pass through. */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof AppError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  return error;
}
