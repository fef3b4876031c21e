import { defineConfig } from 'vitest/config';

const postgresUrl = process.env.TEST_DATABASE_URL;
if (process.env.CI === 'true' && !postgresUrl) {
  throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI.');
}

/** Tests that do not depend on which database the suite runs on: run once, with the PGlite project. */
const databaseIndependent = [
  'src/config.test.ts',
  'src/db/lock.test.ts',
  'src/db/migration-mail.test.ts',
  'test/process.test.ts',
  'src/modules/tickets/status.test.ts',
  'src/modules/assignment/choose.test.ts',
  'src/modules/time/money.test.ts',
  'src/modules/budgets/figures.test.ts',
  'src/modules/reports/performance-rules.test.ts',
  'src/lib/ttl-cache.test.ts',
  'src/modules/mail/links.test.ts',
  'src/modules/mail/inbound/classify.test.ts',
  'test/mail-servers.test.ts',
];

const project = (name: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    env: { TEST_DB: name },
    globalSetup: ['./test/global-setup.ts'],
    exclude: name === 'postgres' ? databaseIndependent : [],
  },
});

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Every database test file gets a database of its own; both databases when PostgreSQL is available.
    projects: [project('pglite'), ...(postgresUrl ? [project('postgres')] : [])],
  },
});
