import type { Db } from '../db/database.js';
import { sql as statement } from '../db/statements.js';
import { refusal } from '../http/errors.js';

/** The list arguments every paginated field takes. */
export interface PageArgs {
  limit?: number | null;
  after?: string | null;
  before?: string | null;
  order?: 'Asc' | 'Desc' | 'Normal' | null;
}

/**
 * A list to page through: rows selected `FROM from WHERE where`, ordered by
 * `sortColumn` then `idColumn`. Either an index covers both, so that a page is
 * read in order without a sort, or `from` yields few enough rows to sort.
 */
export interface PageSource<Row> {
  select: string;
  from: string;
  where: string;
  params: Record<string, unknown>;
  sortColumn: string;
  idColumn: string;
  /** The values of a row that its cursor records: [sort value, id]. */
  key: (row: Row) => [string, string];
}

type Cursor = [string, string];

/**
 * One page of a keyset-paginated list: `limit + 1` rows read past the cursor
 * and at most one existence check, whatever the list's length; an offset is
 * never used.
 */
export function page<Row>(db: Db, source: PageSource<Row>, args: PageArgs) {
  const limit = args.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw refusal('BAD_REQUEST', `limit must be from 1 to 100, got ${limit}.`);
  }
  if (args.after && args.before) {
    throw refusal('BAD_REQUEST', 'Pass either after or before, not both.');
  }

  const descending = args.order !== 'Asc';
  const backward = Boolean(args.before);
  const cursor = decodeCursor(args.after ?? args.before ?? null);

  // Backward pages are read in the opposite order, then turned around.
  const readDescending = descending !== backward;
  const rows = range(db, source, cursor, readDescending, limit + 1);
  const more = rows.length > limit;
  const data = rows.slice(0, limit);
  if (backward) data.reverse();

  const first = data[0] ? source.key(data[0]) : cursor;
  const last = data.at(-1) ? source.key(data.at(-1)!) : cursor;
  const before = backward
    ? more
      ? first
      : null
    : first && cursor && range(db, source, first, !descending, 1).length
      ? first
      : null;
  const after = backward
    ? last && range(db, source, last, descending, 1).length
      ? last
      : null
    : more
      ? last
      : null;

  return {
    data,
    listMetadata: {
      before: before ? encodeCursor(before) : null,
      after: after ? encodeCursor(after) : null,
    },
  };
}

/** Up to `count` rows past `cursor` when read in the given order. */
function range<Row>(
  db: Db,
  source: PageSource<Row>,
  cursor: Cursor | null,
  descending: boolean,
  count: number,
): Row[] {
  const { sortColumn: sort, idColumn: id } = source;
  const direction = descending ? 'DESC' : 'ASC';
  const past = cursor
    ? `AND (${sort}, ${id}) ${descending ? '<' : '>'} (@cursorSort, @cursorId)`
    : '';

  const sql = `SELECT ${source.select} FROM ${source.from}
    WHERE ${source.where} ${past}
    ORDER BY ${sort} ${direction}, ${id} ${direction}
    LIMIT @count`;
  const params = { ...source.params, count, cursorSort: cursor?.[0], cursorId: cursor?.[1] };
  if (!cursor) {
    delete params.cursorSort;
    delete params.cursorId;
  }
  return statement(db, sql).all(params) as Row[];
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string | null): Cursor | null {
  if (!text) return null;

  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString());
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as Cursor;
    }
  } catch {
    // Reported below with the same message as any other foreign cursor.
  }
  throw refusal(
    'BAD_REQUEST',
    'The cursor is not one this API returned: pass listMetadata.after or .before unchanged.',
  );
}
