import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The real `main.ts` in a child process, on a PGlite data directory of its own. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guichet-process-'));
const children: ChildProcess[] = [];

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`exited early:\n${output}`));
    });
  });
  ready.catch(() => undefined); // awaited by the tests that expect a start; others look at `exited`
  return { child, ready, exited, output: () => output };
}

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the server process on PGlite', () => {
  it('seeds demo data on first start, refuses a second process, stops cleanly on SIGTERM and keeps its data', async () => {
    const first = start({});
    const url = await first.ready;
    expect(first.output()).toContain('admin@guichet.demo');
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@guichet.demo', password: 'guichet-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

    const second = start({});
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already in use by another Guichet process/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false);

    // Restart: no second seeding, and the session written before the stop is still valid.
    const again = start({});
    const url2 = await again.ready;
    expect(again.output()).not.toContain('First start');
    const me = await fetch(`${url2}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    const clients = await fetch(`${url2}/api/clients?limit=1`, { headers: { cookie } });
    expect(((await clients.json()) as { total: number }).total).toBe(40);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  }, 90_000);

  it('creates no account with a known password on a production start without demo data', async () => {
    const prodDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guichet-prod-'));
    const prod = start({ DATA_DIR: prodDir, DEMO_SEED: 'false' });
    const url = await prod.ready;
    expect(prod.output()).toContain('No account exists yet');
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@guichet.demo', password: 'guichet-demo' }),
    });
    expect(res.status).toBe(401);
    prod.child.kill('SIGTERM');
    await prod.exited;

    const withAdmin = start({ DATA_DIR: prodDir, DEMO_SEED: 'false', INITIAL_ADMIN_EMAIL: 'boss@example.test', INITIAL_ADMIN_PASSWORD: 'a-long-secret-1' });
    const url2 = await withAdmin.ready;
    expect(withAdmin.output()).toContain('Initial admin created: boss@example.test');
    expect(withAdmin.output()).not.toContain('a-long-secret-1');
    const ok = await fetch(`${url2}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'boss@example.test', password: 'a-long-secret-1' }),
    });
    expect(ok.status).toBe(200);
    withAdmin.child.kill('SIGTERM');
    await withAdmin.exited;
    fs.rmSync(prodDir, { recursive: true, force: true });
  }, 90_000);
});
