import type { ApolloServerPlugin } from '@apollo/server';
import { metrics } from './metrics';

// Operation names come from clients: only well-formed names are labels, and only so many of them,
// so a client sending random names cannot blow up the number of series.
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_NAMES = 200;
const seen = new Set<string>();

/** The label for an operation name: the name itself, `anonymous`, or `other` past the cap. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!NAME.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_NAMES) return 'other';
  seen.add(name);
  return name;
}

/**
 * Counts every GraphQL operation and its latency per operation name, and every error sent by its
 * final `extensions.code` (after formatError, so the codes are the ones clients see).
 */
export function graphqlMetricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const label = operationLabel(operation ? (operation.name?.value ?? operationName) : null);
          // Requests that never parsed or validated have no operation type.
          const type = operation?.operation ?? 'invalid';
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlDuration.observe({ operation: label, type }, seconds);
          metrics.graphqlOperations.inc({ operation: label, type, outcome: errors.length ? 'error' : 'ok' });
          for (const error of errors) {
            metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN'), operation: label });
          }
        },
      };
    },
  };
}
