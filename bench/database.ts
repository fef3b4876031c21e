// The database the bench runs on: seeded once per size and kept (seeding big sizes takes minutes),
// then copied for each run so that the writes of one run never change the next one's figures.
//   PGlite:     .tmp/bench/pglite-<N>/{pglite,files,seeded.json} → copied to .tmp/bench/run-pglite-<N>
//   PostgreSQL: DATABASE_URL or postgres://postgres@127.0.0.1:5432/guichet_bench_<N> (created if
//               missing, marked seeded by a COMMENT ON DATABASE) → copied to <name>_run (TEMPLATE)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { repoRoot } from '../server/src/config.ts';
import { openPglite, openPostgres, rows, type Database, type Db } from '../server/src/db/client.ts';
import { messages, tickets, timeEntries } from '../server/src/db/schema.ts';
import { addDays } from '../server/src/modules/budgets/periods.ts';
import { seedAtScale } from '../server/src/seed/scale.ts';
import type { Fixtures } from './scenarios.ts';

export const benchDir = path.join(repoRoot, '.tmp', 'bench');

export interface Seeded {
  seeder: string;
  tickets: number;
  counts: Record<string, number>;
  seconds: number;
  at: string;
}

export interface Target {
  kind: 'pglite' | 'postgres';
  /** Where the seeded data is kept, for the report. */
  source: string;
  seeded: Seeded;
  /** Environment for the server: DATA_DIR or DATABASE_URL, and FILES_DIR. */
  serverEnv: Record<string, string>;
  /** Opens the run's copy in this process (never while the server runs: PGlite is one process per folder). */
  open(): Promise<Database>;
  /** Queries running on the run's copy from other sessions (PostgreSQL; PGlite: 0, the server's process says it all). */
  activeQueries(): Promise<number>;
  /** Removes the run's copy. */
  dispose(): Promise<void>;
}

type Log = (msg: string) => void;

// ── The one seeding call site ── (seed number 1: the same data on every machine)
/** The seeder's code and the migrations, hashed: a change of either seeds again (data loaded the way the schema now expects). */
const SEEDER = (() => {
  const hash = createHash('sha256');
  for (const [folder, ext] of [
    [path.join(repoRoot, 'server', 'src', 'seed'), '.ts'],
    [path.join(repoRoot, 'server', 'drizzle'), '.sql'],
  ] as const) {
    for (const f of fs.readdirSync(folder).filter((f) => f.endsWith(ext) && !f.endsWith('.test.ts')).sort()) hash.update(f).update(fs.readFileSync(path.join(folder, f)));
  }
  return `scale ${hash.digest('hex').slice(0, 12)}`;
})();
async function seed(database: Database, ticketCount: number, filesDir: string, log: Log): Promise<Seeded> {
  const { seconds, ...counts } = await seedAtScale(database, { tickets: ticketCount, seed: 1, filesDir, log: (m) => log(`  seed: ${m}`) });
  return { seeder: SEEDER, tickets: ticketCount, counts, seconds, at: new Date().toISOString() };
}

const isSeeded = (marker: Seeded | undefined, ticketCount: number): marker is Seeded => marker?.tickets === ticketCount && marker.seeder === SEEDER;

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

async function seedPgliteDir(dir: string, ticketCount: number, log: Log): Promise<Seeded> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const database = await openPglite({ dataDir: path.join(dir, 'pglite') });
  try {
    await database.migrate();
    const seeded = await seed(database, ticketCount, path.join(dir, 'files'), log);
    fs.writeFileSync(path.join(dir, 'seeded.json'), JSON.stringify(seeded, null, 2));
    return seeded;
  } finally {
    await database.close();
  }
}

export async function preparePglite(ticketCount: number, fresh: boolean, log: Log): Promise<Target> {
  let seeded: Seeded;
  let runDir: string;
  let source: string;
  if (fresh) {
    // smoke: a throw-away folder, seeded anew, used as it is
    runDir = source = path.join(benchDir, `smoke-${process.pid}`);
    seeded = await seedPgliteDir(runDir, ticketCount, log);
  } else {
    source = path.join(benchDir, `pglite-${ticketCount}`);
    const marker = readJson<Seeded>(path.join(source, 'seeded.json'));
    if (isSeeded(marker, ticketCount)) {
      seeded = marker;
      log(`reusing ${path.relative(repoRoot, source)} (seeded ${seeded.at})`);
    } else {
      log(`seeding ${ticketCount} tickets into ${path.relative(repoRoot, source)}…`);
      seeded = await seedPgliteDir(source, ticketCount, log);
    }
    runDir = path.join(benchDir, `run-pglite-${ticketCount}`);
    fs.rmSync(runDir, { recursive: true, force: true });
    fs.cpSync(source, runDir, { recursive: true, filter: (from) => !from.endsWith('.lock') });
  }
  return {
    kind: 'pglite',
    source: path.relative(repoRoot, source),
    seeded,
    serverEnv: { DATA_DIR: runDir },
    open: () => openPglite({ dataDir: path.join(runDir, 'pglite') }),
    activeQueries: async () => 0,
    dispose: async () => fs.rmSync(runDir, { recursive: true, force: true }),
  };
}

const MARK = 'guichet-bench ';

export async function preparePostgres(ticketCount: number, log: Log): Promise<Target> {
  const ownDatabase = !process.env.DATABASE_URL;
  const baseUrl = new URL(process.env.DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/guichet_bench_${ticketCount}`);
  const name = decodeURIComponent(baseUrl.pathname.slice(1));
  const runName = `${name}_run`;
  const withDb = (db: string) => Object.assign(new URL(baseUrl), { pathname: `/${encodeURIComponent(db)}` }).toString();
  const filesDir = path.join(benchDir, `postgres-${name}`, 'files');

  const admin = new pg.Client({ connectionString: withDb('postgres') });
  await admin.connect();
  try {
    const q = (text: string, values: unknown[] = []) => admin.query(text, values);
    const id = (s: string) => admin.escapeIdentifier(s);
    const found = await q(`select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`, [name]);
    const comment: string | null | undefined = found.rows[0]?.comment;
    let seeded = comment?.startsWith(MARK) ? (JSON.parse(comment.slice(MARK.length)) as Seeded) : undefined;
    if (isSeeded(seeded, ticketCount)) {
      log(`reusing database ${name} (seeded ${seeded.at})`);
    } else {
      if (found.rowCount && ownDatabase) await q(`drop database ${id(name)} with (force)`); // half-seeded by an interrupted run
      if (!found.rowCount || ownDatabase) await q(`create database ${id(name)}`);
      log(`seeding ${ticketCount} tickets into database ${name}…`);
      fs.rmSync(filesDir, { recursive: true, force: true });
      const database = await openPostgres(withDb(name));
      try {
        await database.migrate();
        seeded = await seed(database, ticketCount, filesDir, log);
      } finally {
        await database.close();
      }
      await q(`comment on database ${id(name)} is ${admin.escapeLiteral(MARK + JSON.stringify(seeded))}`);
    }
    // FILE_COPY copies the files as they are: much faster than WAL_LOG for a database of gigabytes.
    const version = Number((await q('show server_version_num')).rows[0].server_version_num);
    await q(`drop database if exists ${id(runName)} with (force)`);
    await q(`create database ${id(runName)} template ${id(name)}${version >= 150000 ? ' strategy file_copy' : ''}`);
    let monitor: pg.Client | undefined;
    let connected = false;
    return {
      kind: 'postgres',
      source: `database ${name}`,
      seeded,
      serverEnv: { DATABASE_URL: withDb(runName), FILES_DIR: filesDir },
      open: () => openPostgres(withDb(runName), 2),
      async activeQueries() {
        monitor ??= new pg.Client({ connectionString: withDb('postgres') });
        if (!connected) await monitor.connect().then(() => (connected = true));
        const found = await monitor.query(`select count(*)::int as n from pg_stat_activity where datname = $1 and state = 'active'`, [runName]);
        return found.rows[0].n as number;
      },
      async dispose() {
        if (connected) await monitor?.end();
        const c = new pg.Client({ connectionString: withDb('postgres') });
        await c.connect();
        await c.query(`drop database if exists ${c.escapeIdentifier(runName)} with (force)`).finally(() => c.end());
      },
    };
  } finally {
    await admin.end();
  }
}

/** Ids the scenarios work on, spread over the data (md5 order: deterministic, not clustered). */
export async function pickFixtures(db: Db, now = new Date()): Promise<Fixtures> {
  const ids = async (query: ReturnType<typeof sql>) => (await rows<{ id: string }>(db, query)).map((r) => r.id);
  const today = now.toISOString().slice(0, 10);
  const fixtures: Fixtures = {
    today,
    yearAgo: addDays(today, -364),
    tickets: await ids(
      sql`select t.id from ${tickets} t where exists (select 1 from ${messages} m where m.ticket_id = t.id) order by md5(t.id::text) limit 50`,
    ),
    // waiting on support: the server's auto-close job leaves them open during the run
    openTickets: await ids(
      sql`select id from ${tickets} where status in ('open', 'in_progress') and awaiting_client_since is null order by md5(id::text) limit 50`,
    ),
  };
  if (!fixtures.tickets.length || !fixtures.openTickets.length) throw new Error('The database has no ticket to read or to reply to.');
  return fixtures;
}

/** What the run's copy holds as the bench starts. */
export async function countRows(db: Db) {
  return { tickets: await db.$count(tickets), messages: await db.$count(messages), timeEntries: await db.$count(timeEntries) };
}
