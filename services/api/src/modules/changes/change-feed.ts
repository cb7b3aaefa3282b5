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

/** Commune names and INSEE codes compared as partners' territories are: accents, case, separators aside. */
export const communeKey = (commune: string) =>
  commune
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’-]+/g, ' ')
    .trim();

/** Whether a change is in a territory (commune names or INSEE codes; empty: everywhere). */
export function inTerritory(
  change: { commune: string | null; inseeCode: string | null },
  territory: readonly string[],
) {
  if (territory.length === 0) return true;
  const allowed = new Set(territory.map(communeKey));
  return [change.commune, change.inseeCode].some((c) => c !== null && allowed.has(communeKey(c)));
}

/**
 * A page of the change feed after `since`: every change in order, each with its own cursor; `endCursor`
 * is where to continue (it moves past entries that carry nothing for this partner — outside its key's
 * territory, or a GAP — so it may advance on an empty page). `hasMore`: ask again at once.
 */
export async function placesChanged(
  since: string | null | undefined,
  first: number | null | undefined,
  territory: readonly string[] = [],
) {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
    throw new AppError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_PAGE}.`, { field: 'first' });
  const from = decodeChangeCursor(since);
  const { entries, lastSeq, full } = await readChanges(from, size);
  return {
    changes: entries
      .filter((entry) => inTerritory(entry, territory))
      .map((entry) => ({ ...entry, cursor: encodeChangeCursor(entry.seq) })),
    endCursor: encodeChangeCursor(lastSeq),
    hasMore: full,
  } satisfies ChangePage;
}
