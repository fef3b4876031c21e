// `npm run seed`: believable demo data into an empty database — PostgreSQL with DATABASE_URL,
// else PGlite in DATA_DIR (default ./data); attachment files in FILES_DIR.
//
//   npm run seed                          the demo scale, as `npm start` loads it (--scale demo)
//   npm run seed -- --tickets 1000000     a million tickets (use PostgreSQL: DATABASE_URL=…)
//   npm run seed -- --tickets 5000 --seed 7 --clients 120
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config.ts';
import { openDatabase } from '../server/src/db/client.ts';
import { demoLogins } from '../server/src/seed/first-start.ts';
import { assertEmpty, DatabaseNotEmptyError, DEMO_SCALE, seedAtScale } from '../server/src/seed/scale.ts';

const usage = `Usage: npm run seed -- [--scale demo | --tickets N] [--seed S] [--clients C]

  --scale demo   what npm start loads on an empty database (${DEMO_SCALE.tickets} tickets, ${DEMO_SCALE.clients} clients); the default
  --tickets N    N tickets over the last 18 months (clients and agents grow with N)
  --seed S       the random seed (default 42): the same seed gives the same data
  --clients C    the number of clients (default: derived from the number of tickets)

Writes into DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite, default ./data), only when the
database is empty; attachment files go to FILES_DIR.`;

function fail(message: string): never {
  console.error(`✖ ${message}\n\n${usage}`);
  process.exit(2);
}

function args() {
  try {
    return parseArgs({
      options: {
        scale: { type: 'string' },
        tickets: { type: 'string' },
        seed: { type: 'string' },
        clients: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (err) {
    return fail((err as Error).message);
  }
}
const values = args();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const integer = (name: string, value: string | undefined, min: number): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be an integer ≥ ${min} (got "${value}").`);
  return n;
};
if (values.scale !== undefined && values.scale !== 'demo') fail(`unknown scale "${values.scale}" (only "demo"; use --tickets N for another size).`);
if (values.scale !== undefined && values.tickets !== undefined) fail('give --scale or --tickets, not both.');
const tickets = integer('tickets', values.tickets, 0);
const options = {
  tickets: tickets ?? DEMO_SCALE.tickets,
  clients: integer('clients', values.clients, 2) ?? (tickets === undefined ? DEMO_SCALE.clients : undefined),
  seed: integer('seed', values.seed, 0) ?? 42,
};

const config = loadConfig();
const where = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.database.dataDir}`;
const database = await openDatabase(config.database);
const started = performance.now();
const stamp = () => `[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s]`;
try {
  await database.migrate();
  await assertEmpty(database.db);
  console.log(`Seeding ${options.tickets.toLocaleString('en')} tickets (seed ${options.seed}) into ${where}; files in ${config.filesDir}`);
  const made = await seedAtScale(database, { ...options, filesDir: config.filesDir, log: (msg) => console.log(`${stamp()} ${msg}`) });
  console.log(
    [
      '',
      `Loaded in ${made.seconds} s:`,
      `  ${made.clients} clients, ${made.contacts} contacts, ${made.agents} agents`,
      `  ${made.tickets} tickets, ${made.messages} messages, ${made.attachments} attachments`,
      `  ${made.timeEntries} time entries, ${made.ratings} ratings, ${made.budgets} budgets, ${made.alerts} budget alerts`,
      '',
      ...demoLogins(),
    ].join('\n'),
  );
} catch (err) {
  if (err instanceof DatabaseNotEmptyError) {
    console.error(`✖ ${err.message}`);
    process.exitCode = 1;
  } else throw err;
} finally {
  await database.close();
}
