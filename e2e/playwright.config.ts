import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { supportAddress } from './tests/mail.ts';

const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = path.join('.tmp', `e2e-${process.pid}-${Date.now().toString(36)}`);

// With the test mail servers (scripts/mail-servers.sh), the server sends through Postfix and
// polls a support mailbox of this run's own in Dovecot (workers inherit the run's id).
process.env.E2E_RUN_ID ??= Date.now().toString(36);
const support = supportAddress();
const mailEnv: Record<string, string> = process.env.TEST_SMTP_URL
  ? {
      SMTP_URL: `${process.env.TEST_SMTP_URL}?tls=none`,
      IMAP_URL: `imap://${encodeURIComponent(support)}:${process.env.TEST_MAIL_PASSWORD}@${new URL(process.env.TEST_IMAP_URL!).host}/INBOX`,
      MAIL_FROM: `Support Guichet <${support}>`,
      MAIL_SEND_INTERVAL_MS: '300',
      MAIL_POLL_INTERVAL_SECONDS: '2',
    }
  : {};

export default defineConfig({
  testDir: './tests',
  outputDir: '../.tmp/e2e-results',
  fullyParallel: false,
  workers: 1,
  // One retry in CI, with the trace kept, so a rare timing failure is visible in the report but does not hide a real one (a real failure fails twice).
  retries: process.env.CI === 'true' ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The real server, on a fresh PGlite database seeded with the demo data.
    command: `node --import tsx server/src/main.ts`,
    cwd: '..',
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_SEED: 'true',
      LOG_LEVEL: 'warn',
      LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '1000',
      PUBLIC_URL: `http://localhost:${port}`,
      ...mailEnv,
    },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
