import type { FieldChange } from '../audit';
import { AUDITED_FIELDS, changedValues } from './commands/write-place';
import { getPath } from './place-fields';

interface HistoryEvent {
  action: string;
  changes: FieldChange[];
  changesOmitted?: boolean | null;
}

/**
 * An import's CREATE event does not copy the values it created (create-imported-places.ts): they are the
 * place's first version, found back here from the place as it is now by undoing, newest first, every
 * later event's changes (each records its fields' values before). `events` are newest first and reach
 * at least down to the CREATE (placeHistory's order: a page holding the CREATE holds every later event).
 * Other events are returned as they are.
 */
export function withCreatedValues<E extends HistoryEvent>(events: readonly E[], place: object): E[] {
  const values = new Map(AUDITED_FIELDS.map((field) => [field, getPath(place, field)]));
  return events.map((event) => {
    if (event.action === 'CREATE' && event.changesOmitted)
      return {
        ...event,
        changes: changedValues(
          () => null,
          (field) => values.get(field) ?? null,
        ),
      };
    for (const change of event.changes) values.set(change.field, change.before);
    return event;
  });
}
