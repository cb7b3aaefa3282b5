import { badInput } from '../../shared/errors';

// The structures' pages: an opaque cursor holding the offset in the by-name order, in the format of the
// places module's cursors (place-query.ts), which this module cannot import (places imports organizations).

export const encodeOffset = (offset: number): string => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

/** The offset a cursor of `encodeOffset` holds (0 without one); anything else is BAD_USER_INPUT on `after`. */
export function decodeOffset(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const decoded = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match) throw badInput('after is not a cursor returned by this API (use pageInfo.endCursor).', 'after');
  return Number(match[1]);
}
