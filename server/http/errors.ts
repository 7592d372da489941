import { GraphQLError } from 'graphql';

/**
 * Every error the server answers with, its HTTP status, and the body it is
 * sent in. Errors on the GraphQL endpoint use the GraphQL shape, so that a
 * client reads `errors[0].extensions.code` whatever refused the request:
 * the origin check, authentication, the rate limiter or a resolver.
 */
export const STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ORIGIN_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof STATUS;

/** A GraphQL error body with the status its code calls for. */
export function graphqlErrorResponse(
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body = { errors: [{ message, extensions: { code } }] };
  return Response.json(body, { status: STATUS[code], headers });
}

/** An error body for the REST endpoints: `{ code, message }`. */
export function restErrorResponse(
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ code, message }, { status: STATUS[code], headers });
}

/**
 * An error a resolver throws to refuse a request. GraphQL Yoga answers with
 * the HTTP status in `extensions.http`, and strips that key from the body.
 */
export function refusal(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, http: { status: STATUS[code] } },
  });
}
