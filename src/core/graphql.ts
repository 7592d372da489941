import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

/**
 * Writes a GraphQL document typed from the schema: its result and variables
 * types come from `schema.graphql` through the generated `graphql-env.d.ts`
 * (`npm run codegen`), never by hand.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; JSON: unknown };
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';
