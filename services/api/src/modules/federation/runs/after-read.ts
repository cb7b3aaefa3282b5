import type { AfterReadTask } from '../connectors/types';
import type { ImportState } from './import-state';

/**
 * Runs the connector's after-read work once every record of a complete read is stored, telling it the place
 * each record is on: not for a record this run rejected or left in the review queue, nor on a place the
 * source may not write or staff closed.
 */
export async function runAfterRead(
  tasks: AfterReadTask[],
  sourceId: string,
  state: ImportState,
  now: Date,
): Promise<void> {
  const placeOf = (externalId: string) => {
    const known = state.known.get(externalId);
    return known && known.seenAt > 0 && !known.refused && !known.retired ? String(known.placeId) : null;
  };
  for (const task of tasks) await task({ sourceId, placeOf, now });
}
