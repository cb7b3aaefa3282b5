import { InsightCounterModel, KEY_FIELDS } from '../src/modules/insights/insight-counter.model';

/**
 * Every stored demand counter's total over instances, by its dimensions (KEY_FIELDS joined by `|`), as the
 * insights queries sum them: a "places shown" document (`shown`: `placeId\tcount` lines) counts as one
 * OUTCOME SHOWN counter per place it lists. `filter` narrows the documents read (e.g. some instances).
 */
export async function counterTotals(filter: Record<string, unknown> = {}): Promise<Record<string, number>> {
  const byKey: Record<string, number> = {};
  const add = (doc: Record<string, unknown>, count: number) => {
    const id = KEY_FIELDS.map((f) => doc[f] ?? '').join('|');
    byKey[id] = (byKey[id] ?? 0) + count;
  };
  for (const doc of await InsightCounterModel.find(filter).lean()) {
    if (typeof doc.shown !== 'string') add(doc, doc.count);
    else
      for (const line of doc.shown.split('\n')) {
        const [placeId, count] = line.split('\t');
        add({ ...doc, placeId }, Number(count));
      }
  }
  return byKey;
}
