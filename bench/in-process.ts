// The in-process half: the real app (buildApp) on the bench's database, driven with
// `app.inject` (no socket). Each scenario's request is made a few times while every SQL statement
// the server issues is recorded; the statements are then replayed on one connection, in a
// transaction for writes, to give the database's own time for the same work.
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import type { Database, Db } from '../server/src/db/client.ts';
import * as schema from '../server/src/db/schema.ts';
import { ACCOUNTS, PASSWORD, type Fixtures, type HttpRequest, type Role, type Scenario } from './scenarios.ts';
import { summary, type Summary } from './stats.ts';

interface Statement {
  text: string;
  params: unknown[];
}

export interface SqlResult {
  /** Statements one request issues (mean over the recorded requests). */
  queries: number;
  /** The statements replayed directly, one after the other. */
  sql: Summary;
  /** The same request through the app in-process (`inject`: routing, auth, validation, ORM, JSON; no socket). */
  inProcess: Summary;
  /** Each distinct statement: how often per request and its own time, slowest first. */
  statements: { sql: string; perRequest: number; p50: number; p95: number }[];
  error?: string;
}

export interface InProcessOptions {
  /** Environment of the server (the same configuration the child process gets). */
  env: Record<string, string>;
  iterations: number;
  /** Stop a measure after this long if it has at least 10 runs. */
  maxMs: number;
  /** Different requests recorded per scenario (different tickets), replayed in turn. */
  variants: number;
  log: (msg: string) => void;
}

const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Runs `fn(i)` until `iterations` runs, or `maxMs` elapsed with at least 10 runs; the times in ms. */
async function repeat(options: InProcessOptions, fn: (i: number) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < options.iterations; i++) {
    times.push(await fn(i));
    if (i >= 9 && performance.now() - start > options.maxMs) break;
  }
  return times;
}

export async function measureInProcess(database: Database, scenarios: Scenario[], fixtures: Fixtures, options: InProcessOptions) {
  let recording: Statement[] | null = null;
  const logger = { logQuery: (text: string, params: unknown[]) => recording?.push({ text, params }) };
  const client = (database.db as unknown as { $client: PGlite | pg.Pool }).$client;
  const recorded = (database.kind === 'pglite' ? drizzlePglite(client as PGlite, { schema, logger }) : drizzlePg(client as pg.Pool, { schema, logger })) as unknown as Db;

  // Replay on one connection: the database's time, without the pool or the ORM.
  const conn = database.kind === 'pglite' ? null : await (client as pg.Pool).connect();
  const exec = (text: string, params: unknown[] = []): Promise<unknown> => (conn ? conn.query(text, params) : (client as PGlite).query(text, params));

  const config = loadConfig({ ...options.env, LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, database: { ...database, db: recorded }, logger: false });
  const results = new Map<string, SqlResult>();
  try {
    const cookies = new Map<Role, string>();
    for (const [role, email] of Object.entries(ACCOUNTS) as [Role, string][]) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
      const cookie = res.cookies.find((c) => c.name === 'guichet_session');
      if (res.statusCode !== 200 || !cookie) throw new Error(`in-process sign-in of ${email}: ${res.statusCode} ${res.body}`);
      cookies.set(role, cookie.value);
    }

    for (const scenario of scenarios) {
      const send = async (r: HttpRequest) => {
        const res = await app.inject({
          method: r.method,
          url: r.path,
          cookies: { guichet_session: cookies.get(scenario.role)! },
          ...(r.body !== undefined && { payload: r.body as object }),
        });
        if (res.statusCode >= 300) throw new Error(`${r.method} ${r.path} → ${res.statusCode} ${res.body.slice(0, 300)}`);
      };
      const write = scenario.request(fixtures, 0).method !== 'GET';
      const result: SqlResult = { queries: 0, sql: summary([]), inProcess: summary([]), statements: [] };
      results.set(scenario.name, result);
      try {
        // Record a few different requests from the first one on: the first meets the server's
        // caches cold (e.g. the list's status counts, kept 5 s past 20,000 tickets), as a share
        // of requests do under load; the replay goes round them.
        const variants: Statement[][] = [];
        for (let v = 0; v < options.variants; v++) {
          recording = [];
          await send(scenario.request(fixtures, v));
          variants.push(recording.filter((s) => !TRANSACTION_CONTROL.test(s.text)));
          recording = null;
        }
        result.queries = variants.reduce((n, v) => n + v.length, 0) / variants.length;

        const each = new Map<string, number[]>();
        const sqlTimes = await repeat(options, async (i) => {
          const statements = variants[i % variants.length]!;
          return timed(async () => {
            if (write) await exec('begin');
            for (const s of statements) {
              const ms = await timed(() => exec(s.text, s.params));
              if (!each.has(s.text)) each.set(s.text, []);
              each.get(s.text)!.push(ms);
            }
            if (write) await exec('commit');
          });
        });
        result.sql = summary(sqlTimes);
        result.statements = [...each]
          .map(([text, times]) => ({ sql: text.replace(/\s+/g, ' '), perRequest: times.length / sqlTimes.length, ...summary(times) }))
          .map(({ sql, perRequest, p50, p95 }) => ({ sql, perRequest, p50, p95 }))
          .sort((a, b) => b.p50 * b.perRequest - a.p50 * a.perRequest);
        result.inProcess = summary(await repeat(options, (i) => timed(() => send(scenario.request(fixtures, options.variants + i)))));
      } catch (err) {
        if (write) await exec('rollback').catch(() => undefined);
        result.error = (err as Error).message;
      }
      options.log(
        `  ${scenario.name.padEnd(14)} ${result.error ? `ERROR ${result.error}` : `SQL p50 ${result.sql.p50.toFixed(2)} ms (${result.queries.toFixed(1)} statements), in-process p50 ${result.inProcess.p50.toFixed(2)} ms`}`,
      );
    }
  } finally {
    await app.close();
    conn?.release();
  }
  return results;
}
