import type { AuditEventRecord } from '../audit-event.model';
import { revertPlaceField } from './Mutation/revertPlaceField';
import { placeHistory } from './Query/placeHistory';

type StoredEvent = AuditEventRecord & { _id: { toString(): string } };
const idOf = (value: { toString(): string } | null | undefined) => value?.toString() ?? null;

export const auditResolvers = {
  Query: { placeHistory },
  Mutation: { revertPlaceField },
  PlaceHistoryEvent: {
    id: (event: StoredEvent) => event._id.toString(),
    at: (event: StoredEvent) => event.at.toISOString(),
    actor: ({ actor }: StoredEvent) => ({
      ...actor,
      userId: idOf(actor?.userId),
      sourceId: idOf(actor?.sourceId),
      suggestionId: idOf(actor?.suggestionId),
    }),
  },
};
