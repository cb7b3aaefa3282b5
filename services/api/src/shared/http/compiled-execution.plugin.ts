import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { Counter } from 'prom-client';
import type { Context } from '../context';
import { registry } from '../observability/metrics';
import { onlyPublicRootFields } from './response-cache';

/** A document is compiled once it has been executed this many times (one-off queries never are). */
const COMPILE_AFTER = 2;
/** Documents tracked (least recently used dropped): clients send a handful; a flood of new ones is bounded. */
const MAX_DOCUMENTS = 500;

const outcomes = new Counter({
  name: 'reemploi_graphql_compiled_execution_total',
  help: 'Public read operations by execution path: compiled (graphql-jit answered), fallback (graphql-js answered after the compiled run reported errors), interpreted (not compiled yet, or not compilable).',
  labelNames: ['path'],
  registers: [registry],
});

interface Compiled {
  runs: number;
  /** null: graphql-jit refused this operation; graphql-js executes it every time. */
  query?: CompiledQuery | null;
}

/**
 * Executes the public read operations (`places`, `mapFeatures`, `place`… the response cache's allow-list)
 * with a query compiled by graphql-jit instead of graphql-js's interpreter: the hot path of the map, the
 * search page and every widget, where graphql-js spent a third of the server's time walking the document
 * and coercing `label(lang:)` on each sub-category of each place.
 *
 * Apollo still parses, validates, applies the query limits, sets headers and counts the operation;
 * only execution changes, through the `responseForOperation` hook. The compiled answer is used only when
 * it has no error: anything else (a resolver error, a bad variable, a null in a non-null field) is
 * executed again by graphql-js, so errors, their codes and formatError are exactly the interpreter's.
 * Re-running is safe because only queries on the public allow-list take this path, and none of them
 * writes. Compiled queries are kept per parsed document (Apollo's document store hands back the same
 * object for the same query text) in a small LRU map.
 */
export function compiledExecutionPlugin(options: { enabled: boolean }): ApolloServerPlugin<Context> {
  const compiled = new Map<DocumentNode, Map<string, Compiled>>();

  const compiledFor = (
    schema: Parameters<typeof compileQuery>[0],
    document: DocumentNode,
    operationName: string | null,
  ) => {
    let byOperation = compiled.get(document);
    if (byOperation) {
      compiled.delete(document); // most recently used last
    } else {
      byOperation = new Map();
      if (compiled.size >= MAX_DOCUMENTS) compiled.delete(compiled.keys().next().value!);
    }
    compiled.set(document, byOperation);
    const key = operationName ?? '';
    let entry = byOperation.get(key);
    if (!entry) {
      entry = { runs: 0 };
      byOperation.set(key, entry);
    }
    entry.runs += 1;
    if (entry.query === undefined && entry.runs >= COMPILE_AFTER) {
      const result = compileQuery(schema, document, operationName ?? undefined, {
        disablingCapturingStackErrors: true,
      });
      entry.query = isCompiledQuery(result) ? result : null;
    }
    return entry.query ?? undefined;
  };

  return {
    async requestDidStart() {
      if (!options.enabled) return;
      return {
        async responseForOperation({ schema, document, operation, operationName, request, contextValue }) {
          if (!operation || !onlyPublicRootFields(operation)) return null;
          const query = compiledFor(schema, document, operationName);
          if (!query) {
            outcomes.inc({ path: 'interpreted' });
            return null;
          }
          const result = await query.query(undefined, contextValue, request.variables ?? {});
          if (result.errors?.length) {
            outcomes.inc({ path: 'fallback' });
            return null;
          }
          outcomes.inc({ path: 'compiled' });
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data } },
          };
        },
      };
    },
  };
}
