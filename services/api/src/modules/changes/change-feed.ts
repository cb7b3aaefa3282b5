import { AppError, ErrorCode } from '../../shared/errors';
import { readChanges, type StoredChange } from './change-log';

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;
const PREFIX = 'pc1:';

/** Opaque to partners: a versioned wrapper around the last sequence number they have read. */
export const encodeChangeCursor = (seq: number) => Buffer.from(`${PREFIX}${seq}`).toString('base64url');

export function decodeChangeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(seq) || seq < 0)
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'since is not a cursor placesChanged gave; start without one.', {
      field: 'since',
    });
  return seq;
}

export interface ChangePage {
  changes: (StoredChange & { cursor: string })[];
  endCursor: string;
  hasMore: boolean;
}

/**
 * A page of the change feed after `since`: every change in order, each with its own cursor; `endCursor`
 * is where to continue (it moves past entries that carry nothing for partners, so it may advance on an
 * empty page). `hasMore`: ask again at once.
 */
export async function placesChanged(since: string | null | undefined, first: number | null | undefined) {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
    throw new AppError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_PAGE}.`, { field: 'first' });
  const from = decodeChangeCursor(since);
  const { entries, lastSeq, full } = await readChanges(from, size);
  return {
    changes: entries.map((entry) => ({ ...entry, cursor: encodeChangeCursor(entry.seq) })),
    endCursor: encodeChangeCursor(lastSeq),
    hasMore: full,
  } satisfies ChangePage;
}
