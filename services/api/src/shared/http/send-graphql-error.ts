import type { Request, Response } from 'express';
import type { ErrorCode } from '../errors';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** The media type a GraphQL-over-HTTP client asked for (graphql-response+json when it prefers it). */
export function graphqlMediaType(req: Request): string {
  return req.accepts(['application/json', GRAPHQL_RESPONSE]) === GRAPHQL_RESPONSE
    ? GRAPHQL_RESPONSE
    : 'application/json';
}

/** Answers a request refused before execution (key, origin, rate) as a GraphQL error response. */
export function sendGraphQLError(
  req: Request,
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .type(graphqlMediaType(req))
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...details } }] }));
}
