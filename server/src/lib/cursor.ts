import { badRequest } from '../http/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const invalidCursor = () => badRequest('invalid_cursor', 'The pagination cursor is not valid; start again from the first page.');

/** A cursor's timestamp key, checked before it reaches the database. */
export function cursorTimestamp(sortKey: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/.exec(sortKey);
  const day = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !day || day.getUTCDate() !== +m[3]! || day.getUTCMonth() !== +m[2]! - 1) throw invalidCursor();
  return sortKey;
}

/** Opaque keyset cursor: the sort key and the id of the last row of a page. */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { sortKey: string; id: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && UUID.test(value[1])) {
      return { sortKey: value[0], id: value[1] };
    }
  } catch {
    /* fall through */
  }
  throw invalidCursor();
}

/** Escape LIKE wildcards so a search for "50%" looks for those characters. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
