import { badInput } from './errors';

// The lists' pages (places, staff lists, suggestions, structures): cursors are opaque to clients; inside
// they are the offset of the next result.

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor of `encodeCursor` holds (0 without one); anything else is BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const decoded = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match) throw badInput('after is not a cursor returned by this API (use pageInfo.endCursor).', 'after');
  return Number(match[1]);
}
