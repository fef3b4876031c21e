// The HTTP half: the real server as a child process (`node --import tsx server/src/main.ts`),
// signed-in sessions of each role, autocannon over loopback, the server's memory from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import autocannon from 'autocannon';
import { repoRoot } from '../server/src/config.ts';
import { ACCOUNTS, PASSWORD, type Fixtures, type Role, type Scenario } from './scenarios.ts';
import { summary } from './stats.ts';

export interface Server {
  url: string;
  pid: number;
  /** kB of VmRSS now, and VmHWM (the peak since start). */
  memory(): { rssKb: number; peakKb: number };
  /** CPU time used so far, in clock ticks (user + system). */
  cpuTicks(): number;
  stop(): Promise<void>;
}

/** The server's settings for a bench, in-process and as a child: no demo seeding, and no write limit in the way. */
export const benchEnv = {
  DEMO_SEED: 'false',
  LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '1000',
  WRITE_MAX_PER_CALLER_PER_MINUTE: '100000000',
  SEARCH_MAX_PER_CALLER_PER_MINUTE: '100000000',
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function readMemory(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKb: kb('VmRSS'), peakKb: kb('VmHWM') };
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

/** `nice`: the server's CPU priority (nice(1): 1–19 is lower than the bench's; the mail bench's worker process). */
export async function startServer(env: Record<string, string>, logFile: string, options: { nice?: number } = {}): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['DATABASE_URL', 'DATA_DIR', 'FILES_DIR', 'INITIAL_ADMIN_EMAIL', 'INITIAL_ADMIN_PASSWORD', 'NODE_ENV']) delete childEnv[key];
  Object.assign(childEnv, { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: env.LOG_LEVEL ?? 'warn' });
  const out = fs.openSync(logFile, 'w');
  const command = [process.execPath, '--import', 'tsx', 'server/src/main.ts'];
  // nice(1) execs the command: the child's pid stays the server's
  if (options.nice) command.unshift('nice', '-n', String(options.nice));
  const child = spawn(command[0]!, command.slice(1), { cwd: repoRoot, env: childEnv, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server stopped (exit ${child.exitCode}); see ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`the server did not answer within 2 minutes; see ${logFile}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid!,
    memory: () => readMemory(child.pid!),
    cpuTicks: () => {
      const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return Number(fields[11]) + Number(fields[12]); // utime, stime
    },
    async stop() {
      if (child.exitCode !== null) return;
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.kill('SIGTERM');
      await exited(child);
      clearTimeout(kill);
    },
  };
}

/** Session cookies of each role, signed in over HTTP like a browser (Origin of the server); `accounts`: other addresses (the mail bench renames them). */
export async function signIn(url: string, accounts: Partial<Record<Role, string>> = ACCOUNTS): Promise<Map<Role, string>> {
  const cookies = new Map<Role, string>();
  for (const [role, email] of Object.entries(accounts) as [Role, string][]) {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const cookie = res.headers.getSetCookie().map((c) => /^guichet_session=([^;]+)/.exec(c)?.[1]).find(Boolean);
    if (!res.ok || !cookie) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
    cookies.set(role, cookie);
  }
  return cookies;
}

/**
 * One scenario at one connection count. Connections opened together on a busy server wait for
 * their first answer (seconds on PGlite), so the figures are those of the steady state: requests
 * sent once every connection has had its first answer, for `seconds` from then (the run stops
 * `seconds` after that ramp, or `seconds` + 30 s after its start if the ramp never ends — then
 * every answer counts). Errors count over the whole run. `until`: the run also stops when it
 * resolves (`seconds` is then at most); `onSteady`: called when every connection has had its first
 * answer (the mail bench releases its backlog then).
 */
export async function load(
  url: string,
  scenario: Scenario,
  fixtures: Fixtures,
  cookie: string,
  connections: number,
  seconds: number,
  options: { until?: Promise<unknown>; onSteady?: () => void } = {},
) {
  let i = 0;
  const answers: { sentAt: number; ms: number }[] = [];
  const firsts: number[] = [];
  const connected = new Set<unknown>();
  let rampMs = Infinity;
  const statuses: Record<string, number> = {};
  const first = scenario.request(fixtures, 0);
  const t0 = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds + 30,
        // stop() takes effect at the next sample: sample often, so the run ends when asked
        sampleInt: 100,
        timeout: 60,
        headers: {
          cookie: `guichet_session=${cookie}`,
          // a browser's write carries its Origin (the server's CSRF check)
          origin: url,
          ...(first.body !== undefined && { 'content-type': 'application/json' }),
        },
        requests: [
          {
            setupRequest: (req) => {
              const r = scenario.request(fixtures, i++);
              return { ...req, method: r.method, path: r.path, ...(r.body !== undefined && { body: JSON.stringify(r.body) }) };
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (client, status, _bytes, ms) => {
      const now = performance.now() - t0;
      answers.push({ sentAt: now - ms, ms });
      if (!connected.has(client)) {
        connected.add(client);
        firsts.push(ms);
        if (connected.size === connections) {
          rampMs = now;
          const timer = setTimeout(() => instance.stop(), seconds * 1000);
          options.onSteady?.();
          const stop = () => {
            clearTimeout(timer);
            instance.stop();
          };
          void options.until?.then(stop, stop);
        }
      }
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  const endMs = performance.now() - t0;
  const steady = answers.filter((a) => a.sentAt >= rampMs);
  const useSteady = steady.length >= connections;
  const chosen = useSteady ? steady : answers;
  const windowMs = useSteady ? endMs - rampMs : endMs;
  const non2xx = Object.entries(statuses).reduce((n, [s, c]) => (s.startsWith('2') ? n : n + c), 0);
  return {
    connections,
    /** Length of the measured window: from `rampMs` (or the start) to the end of the run. */
    seconds: windowMs / 1000,
    /** When every connection had had its first answer (ms from the start); null: every answer counted. */
    rampMs: useSteady ? rampMs : null,
    requestsPerSecond: chosen.length / (windowMs / 1000),
    ...summary(chosen.map((a) => a.ms)),
    /** The slowest first answer on a connection. */
    firstAnswerMaxMs: firsts.length ? Math.max(...firsts) : null,
    /** Non-2xx answers, socket errors and timeouts, over the whole run (autocannon counts a timeout as an error too). */
    errors: non2xx + result.errors,
    statuses: { ...statuses, ...(result.errors - result.timeouts && { socketErrors: result.errors - result.timeouts }), ...(result.timeouts && { timeouts: result.timeouts }) },
  };
}

export type LoadResult = Awaited<ReturnType<typeof load>> & {
  /** How long the server stayed busy with the requests autocannon left in flight. */
  drainMs: number;
};
