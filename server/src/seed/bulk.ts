/**
 * Bulk inserts for the demo data: rows are collected column by column and written with one
 * `insert … select * from unnest($1::uuid[], $2::text[], …)` per batch — one parameter per
 * column whatever the number of rows (no 65,535-parameter limit), and far fewer round trips and
 * much less parsing than multi-row VALUES. Each column is sent as a PostgreSQL array literal
 * built here, so PGlite and node-postgres receive the very same text. Instants travel as
 * milliseconds since the epoch (cheaper to write than ISO strings) and become timestamps in SQL.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';

export type PgType = 'uuid' | 'text' | 'int4' | 'int8' | 'int2' | 'bool' | 'timestamptz' | 'date';
export type Value = string | number | boolean | null;

const quoteText = (s: string) => (s.includes('"') || s.includes('\\') ? `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${s}"`);

function encode(value: Value, type: PgType): string {
  if (value === null) return 'NULL';
  switch (type) {
    case 'text':
      return quoteText(String(value));
    case 'bool':
      return value ? 't' : 'f';
    case 'timestamptz':
      // instants are milliseconds since the epoch (integers)
      return typeof value === 'number' ? String(Math.round(value)) : String(Date.parse(String(value)));
    default:
      return String(value);
  }
}

/** The array type a column travels as, and how the unnested value becomes the column's. */
const wire = (type: PgType, column: string) =>
  type === 'timestamptz'
    ? { array: 'int8', value: `'epoch'::timestamptz + ${column} * interval '1 millisecond'` }
    : { array: type, value: column };

export class Batch {
  private cols: string[][];
  length = 0;

  constructor(
    readonly table: string,
    readonly columns: readonly (readonly [name: string, type: PgType])[],
  ) {
    this.cols = columns.map(() => []);
  }

  /** One row, values in the order of `columns`. */
  push(...values: Value[]): void {
    for (let i = 0; i < this.columns.length; i++) this.cols[i]!.push(encode(values[i] ?? null, this.columns[i]![1]));
    this.length++;
  }

  /** Write the rows collected so far and start again empty. */
  async flush(exec: Executor): Promise<number> {
    const n = this.length;
    const statement = this.take();
    if (statement) await exec.execute(statement);
    return n;
  }

  /** The insert of the rows collected so far (null when there are none); the batch starts again empty. */
  take(): SQL | null {
    if (this.length === 0) return null;
    const names = sql.raw(this.columns.map(([c]) => `"${c}"`).join(', '));
    const types = this.columns.map(([, type], i) => wire(type, `c${i}`));
    const arrays = sql.join(
      types.map((t, i) => sql`${`{${this.cols[i]!.join(',')}}`}::${sql.raw(t.array)}[]`),
      sql`, `,
    );
    const values = sql.raw(types.map((t) => t.value).join(', '));
    const aliases = sql.raw(types.map((_, i) => `c${i}`).join(', '));
    this.cols = this.columns.map(() => []);
    this.length = 0;
    return sql`insert into ${sql.raw(`"${this.table}"`)} (${names}) select ${values} from unnest(${arrays}) as u(${aliases})`;
  }
}

/**
 * Several batches in one statement (data-modifying CTEs): one round trip, atomic by itself. The
 * foreign-key checks run at the end of the statement, so children may come with their parents.
 */
export async function writeAll(exec: Executor, batches: Batch[]): Promise<void> {
  const inserts = batches.map((b) => b.take()).filter((s): s is SQL => s !== null);
  if (inserts.length === 0) return;
  const last = inserts.pop()!;
  await exec.execute(inserts.length ? sql`with ${sql.join(inserts.map((s, i) => sql`${sql.raw(`w${i}`)} as (${s})`), sql`, `)} ${last}` : last);
}
