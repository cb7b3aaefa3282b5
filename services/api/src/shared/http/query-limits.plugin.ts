import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { introspectionLimit, measureOperation, type FieldCosts } from './query-cost';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** Fields priced at the work they do (directory searches, facets, map clusters). */
  fieldCosts?: FieldCosts;
}

/**
 * Tokens a document may have (Apollo's `parseOptions.maxTokens`): the web app's largest has under 300 with its
 * fragments, the standard introspection query ~200. Parsing and validating the 47 KB document of
 * aliased facets (8 000+ tokens) held the event loop for over 100 ms before any limit could refuse it.
 */
export const MAX_TOKENS = 2000;

/**
 * Each root field is a whole search; aliases can repeat one hundreds of times in a single cheap-looking
 * operation (the fuzzer measured 1,000 aliased `place` lookups at several seconds), so they are capped.
 * Introspection fields count too: 285 aliased `__schema` made a 29 MB answer.
 */
export const MAX_ROOT_FIELDS = 20;

function countRootFields(
  set: OperationDefinitionNode['selectionSet'],
  fragments: Record<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, fragments, seen);
    else {
      const fragment = fragments[selection.name.value];
      if (fragment && !seen.has(selection.name.value)) {
        count += countRootFields(fragment.selectionSet, fragments, new Set([...seen, selection.name.value]));
      }
    }
  }
  return count;
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
          const rootFields = countRootFields(operation.selectionSet, fragments);
          if (rootFields > MAX_ROOT_FIELDS) {
            throw limitError(
              `This operation asks for ${rootFields} top-level fields (aliases included); the limit is ${MAX_ROOT_FIELDS}. Split it into several requests.`,
              'TOO_MANY_ROOT_FIELDS',
              { rootFields, maxRootFields: MAX_ROOT_FIELDS },
            );
          }
          const maxIntrospection = introspectionLimit(schema);
          const { depth, cost, introspection } = measureOperation(
            schema,
            operation,
            fragments,
            request.variables ?? {},
            { fieldCosts: limits.fieldCosts, maxIntrospection },
          );
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
          if (introspection > maxIntrospection) {
            throw limitError(
              `This query asks for ${introspection} introspection fields; the limit is ${maxIntrospection} (the standard introspection query with some room). Ask for the schema once.`,
              'QUERY_TOO_COMPLEX',
              { introspection, maxIntrospection },
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
