import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import { measureOperation } from './query-cost';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/** Refuses operations nested too deep or estimated too costly, before any resolver runs (HTTP 400). */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const { depth, cost } = measureOperation(schema, operation, fragments, request.variables ?? {});
          if (depth > limits.maxDepth) {
            throw limitError(
              `This query is nested ${depth} levels deep; the limit is ${limits.maxDepth}. Ask for fewer nested fields.`,
              'QUERY_TOO_DEEP',
              { depth, maxDepth: limits.maxDepth },
            );
          }
          if (cost > limits.maxCost) {
            throw limitError(
              `This query's estimated cost is ${cost}; the limit is ${limits.maxCost}. Lower \`first\` or ask for fewer nested lists.`,
              'QUERY_TOO_COMPLEX',
              { cost, maxCost: limits.maxCost },
            );
          }
        },
      };
    },
  };
}

function limitError(message: string, reason: string, details: Record<string, number>) {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', reason, ...details, http: { status: 400 } },
  });
}
