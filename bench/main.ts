// `npm run bench -- [--tickets N] [--db pglite|postgres] [--duration S] [--connections 1,32] [--only a,b] [--smoke]`
// `npm run bench -- --mail [--db pglite|postgres] [--tickets N] [--mails 1000] [--connections 4] [--duration S]`: mail instead (bench/mail.ts)
// See docs/performance.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { repoRoot } from '../server/src/config.ts';
import { rows } from '../server/src/db/client.ts';
import { benchDir, countRows, pickFixtures, preparePglite, preparePostgres, type Target } from './database.ts';
import { benchEnv, load, signIn, startServer, type LoadResult, type Server } from './http.ts';
import { measureInProcess } from './in-process.ts';
import { mailMarkdown, runMailBench } from './mail.ts';
import { markdown, type BenchResult, type ScenarioResult } from './report.ts';
import { scenarios as allScenarios } from './scenarios.ts';

const started = Date.now();
const loadAtStart = os.loadavg()[0]!;
const log = (msg: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}\n`);

const { values: args } = parseArgs({
  options: {
    tickets: { type: 'string' },
    db: { type: 'string', default: 'pglite' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    only: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    mail: { type: 'boolean', default: false },
    mails: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log('npm run bench -- [--tickets 10000] [--db pglite|postgres] [--duration 10] [--connections 1,32] [--only list,ticket] [--smoke]');
  console.log('npm run bench -- --mail [--tickets 10000] [--db pglite|postgres] [--mails 1000] [--connections 4] [--duration 10]');
  console.log(`scenarios: ${allScenarios.map((s) => s.name).join(', ')}`);
  process.exit(0);
}
const smoke = args.smoke!;
const positive = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not "${value}"`);
  return n;
};
const tickets = Math.round(positive('tickets', args.tickets ?? (smoke ? '200' : '10000')));
const duration = positive('duration', args.duration ?? (smoke ? '1' : '10'));
const connections = (args.connections ?? (smoke ? '1,4' : '1,32')).split(',').map((c) => Math.round(positive('connections', c)));
if (args.db !== 'pglite' && args.db !== 'postgres') throw new Error('--db is pglite or postgres');
const only = args.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((n) => !allScenarios.some((s) => s.name === n)) ?? [];
if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}; there are ${allScenarios.map((s) => s.name).join(', ')}`);
const scenarios = only ? allScenarios.filter((s) => only.includes(s.name)) : allScenarios;
if (args.mail && (smoke || only)) throw new Error('--mail runs on its own: no --smoke, no --only');
const mails = Math.round(positive('mails', args.mails ?? '1000'));

const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-');
fs.mkdirSync(benchDir, { recursive: true });
const serverLog = path.join(benchDir, `server-${stamp}.log`);

async function inProcess(target: Target) {
  const database = await target.open();
  try {
    await database.migrate(); // a migration newer than the seeded data
    const [v] = await rows<{ server_version: string }>(database.db, sql`show server_version`);
    const fixtures = await pickFixtures(database.db);
    return {
      version: `${target.kind === 'pglite' ? 'PGlite, PostgreSQL' : 'PostgreSQL'} ${v?.server_version.split(' ')[0]}`,
      rowsAtStart: await countRows(database.db),
      fixtures,
      sqlResults: await measureInProcess(database, scenarios, fixtures, {
        env: { ...target.serverEnv, ...benchEnv },
        iterations: smoke ? 10 : 200,
        maxMs: smoke ? 500 : 5000,
        variants: Math.min(10, fixtures.openTickets.length),
        log,
      }),
    };
  } finally {
    await database.close();
  }
}

/**
 * Waits until the server has finished the requests autocannon left in flight, so that they do
 * not weigh on the next run: its process idle and, on PostgreSQL, no query running on the run's
 * database, twice in a row (at most 5 minutes).
 */
async function settle(server: Server, target: Target): Promise<number> {
  const t0 = performance.now();
  let ticks = server.cpuTicks();
  for (let quiet = 0; quiet < 2 && performance.now() - t0 < 300_000; ) {
    await new Promise((r) => setTimeout(r, 150));
    const now = server.cpuTicks();
    quiet = now - ticks <= 1 && (await target.activeQueries()) === 0 ? quiet + 1 : 0;
    ticks = now;
  }
  return performance.now() - t0;
}

async function mailBench() {
  try {
    // BENCH_MAIL_WORKER=0 (same priority) or 1–19 (nice level): the mail workers in a second server process
    const worker = process.env.BENCH_MAIL_WORKER;
    const workerProcess = worker === undefined ? undefined : { nice: Number(worker) };
    if (workerProcess && (args.db !== 'postgres' || !Number.isInteger(workerProcess.nice) || workerProcess.nice < 0 || workerProcess.nice > 19))
      throw new Error('BENCH_MAIL_WORKER is a nice level, 0 to 19, with --db postgres (PGlite is one process)');
    const result = await runMailBench({ db: args.db as 'pglite' | 'postgres', tickets, mails, connections: args.connections ? connections[0]! : 4, duration, stamp, log, workerProcess });
    console.log(mailMarkdown(result));
    const file = path.join(repoRoot, 'bench', 'results', `${stamp}-mail-${result.database.kind}-${tickets}${workerProcess ? `-worker${workerProcess.nice ? `-nice${workerProcess.nice}` : ''}` : ''}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`written ${path.relative(repoRoot, file)}`);
    const failed = result.fromDatabase.inbound.filter((r) => r.status === 'failed').reduce((n, r) => n + r.n, 0) + result.fromDatabase.outbox.filter((r) => r.status === 'failed').reduce((n, r) => n + r.n, 0);
    const { idle, idleAtRate } = result.list;
    const errors = result.outgoing.backlog.replyErrors + result.outgoing.live.replyErrors + idle.errors + idleAtRate.errors + result.atRate.load!.errors + result.saturated.load!.errors;
    if (failed + errors > 0) {
      log(`${failed} mails failed, ${errors} HTTP errors (server logs: ${result.serverLogs.join(', ')})`);
      process.exitCode = 1;
    } else log('done');
  } catch (err) {
    log(`failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  }
}

let target: Target | undefined;
let server: Server | undefined;
if (args.mail) await mailBench();
else try {
  log(`${args.db}, ${tickets} tickets${smoke ? ' (smoke)' : ''}`);
  target = args.db === 'pglite' ? await preparePglite(tickets, smoke, log) : await preparePostgres(tickets, log);

  // ── 1. in-process: fixtures, then each scenario's SQL (the server is not running) ──
  log('in-process: recording and replaying each scenario’s SQL');
  const { version, rowsAtStart, fixtures, sqlResults } = await inProcess(target);

  // ── 2. the real server over HTTP ──
  server = await startServer({ ...target.serverEnv, ...benchEnv }, serverLog);
  log(`server pid ${server.pid} at ${server.url} (log: ${path.relative(repoRoot, serverLog)})`);
  const cookies = await signIn(server.url);
  if (!smoke) {
    const warm = Math.min(3, Math.max(1, duration / 5));
    log(`warming up, ${warm} s per scenario`);
    for (const s of scenarios) {
      await load(server.url, s, fixtures, cookies.get(s.role)!, Math.max(...connections), warm);
      await settle(server, target);
    }
  }
  const before = server.memory();
  let maxRssKb = before.rssKb;
  const sampler = setInterval(() => {
    maxRssKb = Math.max(maxRssKb, server!.memory().rssKb);
  }, 200);
  const results: ScenarioResult[] = [];
  try {
    for (const s of scenarios) {
      const http: LoadResult[] = [];
      for (const c of connections) {
        const measured = await load(server.url, s, fixtures, cookies.get(s.role)!, c, duration);
        const r: LoadResult = { ...measured, drainMs: await settle(server, target) };
        const extra = `${r.rampMs !== null && r.rampMs > 1000 ? `, ramp ${(r.rampMs / 1000).toFixed(1)} s` : ''}${r.drainMs > 1000 ? `, drained in ${(r.drainMs / 1000).toFixed(1)} s` : ''}`;
        log(`  ${s.name.padEnd(14)} ${String(c).padStart(3)} conn: ${r.requestsPerSecond.toFixed(0).padStart(5)} req/s, p50 ${r.p50.toFixed(2)} p95 ${r.p95.toFixed(2)} p99 ${r.p99.toFixed(2)} ms, errors ${r.errors}${extra}`);
        http.push(r);
      }
      const first = s.request(fixtures, 0);
      results.push({ name: s.name, role: s.role, what: s.what, request: `${first.method} ${first.path}`, sql: sqlResults.get(s.name)!, http });
    }
  } finally {
    clearInterval(sampler);
  }
  await new Promise((r) => setTimeout(r, 500));
  const after = server.memory();
  await server.stop();

  const mb = (kb: number) => Math.round(kb / 1024);
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? '?',
      cpus: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      os: `${os.type()} ${os.release()}`,
      loadAverage: { atStart: loadAtStart, atEnd: os.loadavg()[0]! },
    },
    database: { kind: target.kind, version, source: target.source, seeded: target.seeded, rowsAtStart },
    options: { tickets, duration, connections, smoke },
    scenarios: results,
    memory: { beforeLoadMb: mb(before.rssKb), peakMb: mb(after.peakKb), maxSampledMb: mb(Math.max(maxRssKb, after.rssKb)), afterLoadMb: mb(after.rssKb) },
    serverLog: path.relative(repoRoot, serverLog),
  };
  console.log(markdown(result));
  if (!smoke) {
    const file = path.join(repoRoot, 'bench', 'results', `${stamp}-${target.kind}-${tickets}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`written ${path.relative(repoRoot, file)}`);
  }
  const failed = results.filter((r) => r.sql.error || r.http.some((h) => h.errors > 0)).map((r) => r.name);
  if (failed.length) {
    log(`errors in: ${failed.join(', ')} (server log: ${path.relative(repoRoot, serverLog)})`);
    process.exitCode = 1;
  } else {
    if (smoke) fs.rmSync(serverLog, { force: true });
    log(`done${smoke ? ': smoke run passed, no errors' : ''}`);
  }
} catch (err) {
  log(`failed: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
} finally {
  await server?.stop().catch(() => undefined);
  await target?.dispose().catch((err: Error) => log(`could not remove the run's copy: ${err.message}`));
}
