import { authExchange } from '@urql/exchange-auth';
import { Client, cacheExchange, fetchExchange, type CombinedError } from '@urql/core';
import { isFresh, type TokenSource } from './token.js';

/** The hosted Widgets API; `api-url` points elements elsewhere. */
export const DEFAULT_API_URL = 'https://api.workos.com';

const clients = new WeakMap<TokenSource, Map<string, Client>>();

/**
 * The page's one GraphQL client for an API and a token source. Every element
 * given the same pair shares it, and with it one cache: identical queries go
 * out once, and a mutation's result refreshes every element showing the data
 * it touched.
 */
export function clientFor(apiUrl: string, source: TokenSource): Client {
  let byUrl = clients.get(source);
  if (!byUrl) clients.set(source, (byUrl = new Map()));

  // A relative `api-url` (a path the host proxies to the API) resolves against the page.
  const url = new URL('/client/graphql', new URL(apiUrl, document.baseURI)).href;
  let client = byUrl.get(url);
  if (!client) byUrl.set(url, (client = createClient(url, source)));
  return client;
}

/**
 * urql's document cache keeps every page a user has seen until a change
 * touches its types: about 7 KB for a page of 25 members (`npm run bench`
 * measures it), so a session paging through thousands of pages holds
 * megabytes. A cache exchange that evicts the least recently used results
 * would bound it; urql offers none, and graphcache weighs more than it saves.
 */
function createClient(url: string, source: TokenSource) {
  return new Client({
    url,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [cacheExchange, authExchange(authenticate(source)), fetchExchange],
  });
}

/** Whether the API refused the token, as opposed to anything else going wrong. */
export function isAuthError(error: CombinedError) {
  const status = error.response?.status;
  return (
    status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  );
}

/**
 * Adds the bearer token to each request; refreshes it shortly before `exp`,
 * and once after a refusal, after which the request is retried once.
 */
function authenticate(source: TokenSource): Parameters<typeof authExchange>[0] {
  return async (utils) => {
    let token = await source.get().catch(() => null);

    return {
      addAuthToOperation(operation) {
        return token
          ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` })
          : operation;
      },
      willAuthError() {
        return !token || !isFresh(token);
      },
      didAuthError: isAuthError,
      async refreshAuth() {
        // Another element may have refreshed meanwhile: then its token will do.
        token = token && token !== source.peek() ? await source.get() : await source.refresh();
      },
    };
  };
}
