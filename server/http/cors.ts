/** Request headers a widget may send; the hosted client sends the last two. */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'workos-widgets-version',
  'workos-widgets-type',
].join(', ');

/** Headers that let a page of an allowed origin read the response. */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'retry-after',
    vary: 'Origin',
  };
}

/** The answer to a preflight from an allowed origin. */
export function preflightResponse(origin: string, methods: string): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(origin),
      'access-control-allow-methods': methods,
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': '600',
    },
  });
}
