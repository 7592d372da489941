import { readFileSync } from 'node:fs';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { createSchema, createYoga, maskError, type Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { refusal } from '../http/errors.js';
import type { Logger } from '../logger.js';
import type { Context } from './context.js';
import { accountResolvers } from './resolvers/account.js';
import { elevatedAccessResolvers } from './resolvers/elevated-access.js';
import { emailChangeResolvers } from './resolvers/email-change.js';
import { invitationsResolvers } from './resolvers/invitations.js';
import { membersResolvers } from './resolvers/members.js';
import { passkeysResolvers } from './resolvers/passkeys.js';
import { sessionsResolvers } from './resolvers/sessions.js';
import { totpResolvers } from './resolvers/totp.js';
import { DateTime, JSONScalar } from './scalars.js';

/** The schema's one source of truth, shared with the client's documents. */
export const SCHEMA_PATH = new URL('../../schema.graphql', import.meta.url);

const areas = [
  accountResolvers,
  membersResolvers,
  invitationsResolvers,
  sessionsResolvers,
  elevatedAccessResolvers,
  emailChangeResolvers,
  totpResolvers,
  passkeysResolvers,
];

function resolvers() {
  const merged = { Query: {}, Mutation: {} } as Record<'Query' | 'Mutation', object>;
  for (const area of areas) {
    if ('Query' in area) Object.assign(merged.Query, area.Query);
    if ('Mutation' in area) Object.assign(merged.Mutation, area.Mutation);
  }
  // Union members are picked by the `__typename` each resolver returns.
  return { ...merged, DateTime, JSON: JSONScalar };
}

/**
 * Reports a limit's rejection as a validation error, so that it is answered
 * like any other invalid document: 400, with `GRAPHQL_VALIDATION_FAILED`.
 */
const asValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

/**
 * Answers `variables` or `extensions` that are not JSON, in a query string or
 * a form body, as a bad request: GraphQL Yoga's parser lets JSON.parse throw,
 * which would be answered as an internal error.
 */
const malformedParamsAreBadRequests: Plugin = {
  onRequestParse({ requestParser, setRequestParser }) {
    if (!requestParser) return;
    setRequestParser(async (request) => {
      try {
        return await requestParser(request);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        throw refusal('BAD_REQUEST', 'The variables and extensions parameters must be JSON.');
      }
    });
  },
};

/**
 * The GraphQL handler. Authentication, the origin check and rate limiting
 * happen before it (see app.ts); it receives their result as its context.
 */
export function createGraphQLHandler(config: Config, logger: Logger) {
  return createYoga<Omit<Context, never>>({
    schema: createSchema({
      typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
      resolvers: resolvers(),
    }),
    graphqlEndpoint: '/client/graphql',
    cors: false,
    graphiql: false,
    landingPage: false,
    logging: logger,
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original && !(original instanceof GraphQLError)) {
          logger.error({ err: original }, 'resolver failed');
        }
        return maskError(error, message, false);
      },
    },
    plugins: [
      malformedParamsAreBadRequests,
      EnvelopArmorPlugin({
        // Introspection counts too: a deep `ofType` chain is the classic abuse.
        maxDepth: { n: config.maxDepth, ignoreIntrospection: false, ...asValidationError },
        costLimit: { maxCost: config.maxCost, ignoreIntrospection: true, ...asValidationError },
        maxAliases: { n: 15, ...asValidationError },
        maxDirectives: { n: 20, ...asValidationError },
        // Counted while parsing, before validation: its rejection is a syntax error.
        maxTokens: { n: 2_000 },
        // Suggestions help whoever writes a query; the schema is public anyway.
        blockFieldSuggestion: { enabled: false },
      }),
    ],
  });
}
