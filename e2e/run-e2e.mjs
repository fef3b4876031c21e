// Runs the Playwright journeys in Debian's Chromium against a real server on a fresh PGlite
// database. Locally, a machine without /usr/bin/chromium skips them with a message; under CI
// a missing browser is a failure (.ci/run installs it first).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!fs.existsSync(chromium)) {
  if (process.env.CI === 'true') {
    console.error(`✖ ${chromium} is missing: CI must run the browser journeys (apt-get install -y chromium).`);
    process.exit(1);
  }
  console.warn(`⚠ ${chromium} not found: the Playwright journeys were not run. Install it with: apt-get install -y chromium`);
  process.exit(0);
}

const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npm', ['run', 'build', '-w', 'web']);
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: here,
  env: { ...process.env, TMPDIR: tmp },
});
// The server's PGlite data directories of this run are not needed afterwards.
for (const entry of fs.readdirSync(tmp)) {
  if (/^e2e-\d+-/.test(entry)) fs.rmSync(path.join(tmp, entry), { recursive: true, force: true });
}
process.exit(result.status ?? 1);
