import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorRequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode, databaseUnavailable } from '../errors';
import type { Logger } from '../logger';

const CLIENT_SYNTAX_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Apollo's formatError: every error gets a stable code and a readable message; internal errors are logged, never leaked. */
export function formatGraphQLError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown) => {
    const unwrapped = unwrapResolverError(error);
    const original = databaseUnavailable(unwrapped) ?? unwrapped;
    if (original !== unwrapped) logger.warn({ err: unwrapped }, 'database unreachable; answered UNAVAILABLE');
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: original.extensions,
      };
    }
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (CLIENT_SYNTAX_CODES.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code },
      };
    }
    // Apollo's own request errors without a code (APQ version or hash mismatch) carry an HTTP 4xx status.
    const httpStatus = (unwrapped as { extensions?: { http?: { status?: number } } } | null)?.extensions?.http?.status;
    // …and so do operation-level errors graphql-js raises outside any resolver (a subscription, which this
    // schema does not have): no path, no original error.
    const operationLevel = unwrapped instanceof GraphQLError && !unwrapped.originalError && !formatted.path;
    if (
      code === ErrorCode.INTERNAL_SERVER_ERROR &&
      ((httpStatus !== undefined && httpStatus < 500) || operationLevel)
    ) {
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'BAD_REQUEST' } };
    }
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
      logger.error({ err: original }, 'unexpected error in a resolver');
      return { message: 'Unexpected server error; it has been logged.', path: formatted.path, extensions: { code } };
    }
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { ...extensions, code },
    };
  };
}

/** The last Express handler: errors raised outside GraphQL, answered in GraphQL's error shape with the same codes. */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    // The database failing under a middleware (a staff session looked up before the GraphQL request
    // runs, an upload) is the same outage the resolvers report: 503 UNAVAILABLE, retryable.
    const down = databaseUnavailable(error);
    if (down) {
      logger.warn({ err: error }, 'database unreachable; answered UNAVAILABLE');
      res.status(503).json({ errors: [{ message: down.message, extensions: { code: down.code, ...down.details } }] });
      return;
    }
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) logger.error({ err: error }, 'unhandled HTTP error');
    // A body over the limit is the client's mistake too: the stable code, the precise reason beside it.
    const code = status < 500 ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL_SERVER_ERROR;
    const reason = status === 413 ? { reason: 'PAYLOAD_TOO_LARGE' } : {};
    const message = status < 500 ? (error as Error).message : 'Unexpected server error; it has been logged.';
    res.status(status).json({ errors: [{ message, extensions: { code, ...reason } }] });
  };
}
