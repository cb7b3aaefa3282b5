import type { FieldCosts } from '../../shared/http/query-cost';

/**
 * What the events fields cost beyond their answer (shared/http/query-cost). An agenda query walks a few
 * grid cells' timelines: at 100 000 events its p99 is ~0.6 ms of CPU (docs/benchmarks.md, bench:agenda),
 * about 200 cost points at ~3 µs each; a place's events are read from a per-place list.
 */
export const eventFieldCosts = (): FieldCosts => ({
  'Query.events': () => ({ price: 200 }),
  'Place.events': () => ({ price: 2 }),
});
