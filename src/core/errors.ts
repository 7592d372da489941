import type { CombinedError } from '@urql/core';
import type { ErrorCode } from './events.js';
import { TokenUnavailableError } from './token.js';

/** The stable code of a failed operation, from its status and GraphQL error code. */
export function errorCode(error: CombinedError): ErrorCode {
  if (error.networkError instanceof TokenUnavailableError) return 'unauthenticated';

  const status = error.response?.status as number | undefined;
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || status === 401) return 'unauthenticated';
  if (code === 'FORBIDDEN' || code === 'ORIGIN_NOT_ALLOWED' || status === 403) return 'forbidden';
  if (code === 'RATE_LIMITED' || status === 429) return 'rate-limited';
  if (error.networkError && !status) return 'network';
  if (status === 400 || code === 'BAD_REQUEST' || code === 'GRAPHQL_VALIDATION_FAILED') {
    return 'invalid-request';
  }
  return 'server';
}

/**
 * Whether a request failed with no answer from the API itself: no GraphQL
 * response and no refusal (4xx). A change sent that way may have been made.
 */
export function answerLost(error: CombinedError) {
  const status = error.response?.status as number | undefined;
  if (error.networkError instanceof TokenUnavailableError) return false;
  return !error.graphQLErrors.length && !(status !== undefined && status >= 400 && status < 500);
}
