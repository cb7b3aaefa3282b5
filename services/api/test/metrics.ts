import { registry } from '../src/shared/observability/metrics';

async function counts(metric: string, label: string): Promise<Record<string, number>> {
  const values = (await registry.getSingleMetric(metric)!.get()).values;
  const byLabel: Record<string, number> = {};
  for (const v of values) byLabel[String(v.labels[label])] = (byLabel[String(v.labels[label])] ?? 0) + v.value;
  return byLabel;
}

/** How much `run` added to a Prometheus counter, per value of one of its labels (`outcomes` listed). */
export async function counterDeltas<K extends string>(
  metric: string,
  label: string,
  outcomes: readonly K[],
  run: () => Promise<unknown>,
): Promise<Record<K, number>> {
  const before = await counts(metric, label);
  await run();
  const after = await counts(metric, label);
  return Object.fromEntries(outcomes.map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)])) as Record<K, number>;
}
