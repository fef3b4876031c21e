import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.ts';
import { acquireDirLock, type DirLock } from './lock.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, any>;
/** What repositories accept: the database or the transaction they run in. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  db: Db;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Extensions must be given at every PGlite open, not only when the database is created. */
export const pgliteExtensions = { pg_trgm, unaccent };

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<Database> {
  let lock: DirLock | undefined;
  if (options.dataDir) lock = acquireDirLock(options.dataDir);
  try {
    const client = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: pgliteExtensions,
    });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      migrate: () => migratePglite(db as never, { migrationsFolder }),
      async close() {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection dropped by the server (restart, failover, admin) must not crash the
  // process: the pool replaces it on next use.
  pool.on('error', (err) => console.warn(`PostgreSQL connection lost: ${err.message}`));
  // Fail fast with a clear message when the server is not reachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async migrate() {
      // Several processes may start at once: one migrates, the others wait for it.
      const conn = await pool.connect();
      try {
        await conn.query('select pg_advisory_lock(727274)');
        await migratePg(drizzlePg(conn, { schema }), { migrationsFolder });
      } finally {
        await conn.query('select pg_advisory_unlock(727274)').catch(() => undefined);
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

export function openDatabase(
  config: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string },
): Promise<Database> {
  return config.kind === 'postgres' ? openPostgres(config.url) : openPglite({ dataDir: config.dataDir });
}

const preparedByExecutor = new WeakMap<Executor, Map<string, unknown>>();

/**
 * A hot, fixed-shape query (values as `sql.placeholder`), built once per database handle and run as
 * a named prepared statement: Drizzle does not build its SQL again on every call, and PostgreSQL
 * parses and plans it once per connection (PGlite ignores the name). The name must be unique to the
 * query. A transaction is a new handle, so there it is built each time: use it outside transactions.
 * The cache is by name: `build` must take every per-call value as a `sql.placeholder` (never a
 * captured request value, which would be frozen for every later caller). Behind a transaction-mode
 * pooler, PgBouncer needs `max_prepared_statements` > 0 (version 1.21 or later).
 */
export function prepared<Q extends { prepare(name: string): unknown }>(
  db: Executor,
  name: string,
  build: () => Q,
): ReturnType<Q['prepare']> {
  let byName = preparedByExecutor.get(db);
  if (!byName) preparedByExecutor.set(db, (byName = new Map()));
  let query = byName.get(name);
  if (!query) byName.set(name, (query = build().prepare(name)));
  return query as ReturnType<Q['prepare']>;
}

/** Rows of a raw `db.execute(sql…)`, whichever driver answered. */
export async function rows<T>(exec: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await exec.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
