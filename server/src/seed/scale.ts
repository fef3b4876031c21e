/**
 * Demo data at any scale: `seedAtScale(database, { tickets })` fills an empty database with
 * believable French data, deterministic from a seed number (and `now`). Tickets are generated
 * in creation order and written in chunks, each chunk one bulk statement (`unnest` of arrays,
 * see bulk.ts), so a million tickets load in minutes with bounded memory. From 20,000 tickets
 * the big tables' secondary indexes and foreign keys are dropped for the load and rebuilt once;
 * on PostgreSQL two chunks are written while the next one is generated.
 */
import { count, sql } from 'drizzle-orm';
import { rows, type Database, type Executor } from '../db/client.ts';
import { agentLeaves, agentProfiles, agentRates, budgets, clients, contacts, tickets, users } from '../db/schema.ts';
import { hashPassword } from '../lib/secrets.ts';
import { checkBudgetAlerts } from '../modules/budgets/service.ts';
import { DAY, HOUR, MINUTE, fromLocal, isoDay, localIsoDay, weekday } from './calendar.ts';
import { monthIndexer, planBudgets } from './budgets.ts';
import { DEMO_PASSWORD } from './demo.ts';
import { generatePeople, type People } from './people.ts';
import { AliasTable, Random } from './random.ts';
import { writeSampleFiles, type SampleFile } from './sample-files.ts';
import { writeAll } from './bulk.ts';
import { newBatches, TicketWriter, type TicketBatches } from './tickets.ts';
import type { SampleFileKind } from './texts.ts';

export interface ScaleOptions {
  tickets: number;
  /** Default 42. */
  seed?: number;
  /** Default: derived from the number of tickets (40 for a thousand, about 2,500 for a million). */
  clients?: number;
  /** Where the sample attachment files are written (the server's FILES_DIR). */
  filesDir: string;
  now?: Date;
  log?: (msg: string) => void;
}

export interface ScaleResult {
  clients: number;
  contacts: number;
  agents: number;
  tickets: number;
  messages: number;
  attachments: number;
  timeEntries: number;
  ratings: number;
  budgets: number;
  alerts: number;
  seconds: number;
}

/** What `npm start` loads on an empty database (`--scale demo`). */
export const DEMO_SCALE = { tickets: 1000, clients: 40 } as const;

export const defaultClients = (tickets: number) => Math.max(2, Math.round(40 * Math.pow(Math.max(tickets, 1) / 1000, 0.6)));
/** About twenty tickets per agent and working day. */
const defaultAgents = (tickets: number) => Math.max(5, Math.round(tickets / 8000));
const defaultAdmins = (agents: number) => 1 + Math.max(1, Math.round(agents / 30));

/** Months of history. */
const HISTORY_MONTHS = 18;

export class DatabaseNotEmptyError extends Error {
  constructor(what: string) {
    super(`The database is not empty (it already has ${what}): demo data is only loaded into an empty database. Use a new database (or DATA_DIR) and run again.`);
    this.name = 'DatabaseNotEmptyError';
  }
}

/** Throws DatabaseNotEmptyError unless the database has no users, clients nor tickets. */
export async function assertEmpty(db: Executor): Promise<void> {
  for (const [table, name] of [
    [users, 'users'],
    [clients, 'clients'],
    [tickets, 'tickets'],
  ] as const) {
    const [row] = await db.select({ n: count() }).from(table);
    if ((row?.n ?? 0) > 0) throw new DatabaseNotEmptyError(`${row!.n} ${name}`);
  }
}

/**
 * Fill an empty database (throws DatabaseNotEmptyError on one with data): people, then tickets
 * chunk by chunk, budgets, statistics, and the alerts of the running budget periods. Progress
 * goes to `options.log`.
 */
export async function seedAtScale(database: Database, options: ScaleOptions): Promise<ScaleResult> {
  const started = performance.now();
  await assertEmpty(database.db);
  const inTransaction: InTransaction = (fn) => database.db.transaction((tx) => fn(tx));
  // a large load goes faster without the secondary indexes and foreign keys of the big tables, rebuilt once at the end
  const bulk = options.tickets >= BULK_LOAD_FROM;
  const made = bulk
    ? await withoutSecondaryIndexes(database.db, database.kind === 'postgres', options.log, () => seedScaleInto(database.db, options, inTransaction, database.kind === 'postgres'))
    : await seedScaleInto(database.db, options, inTransaction, database.kind === 'postgres');
  if (options.tickets >= 10_000) {
    // fresh statistics, so the first queries on the new data get good plans, and the visibility
    // map set, so covering indexes answer without reading the table: the state autovacuum brings
    // a live database to, reached now rather than minutes into the first benchmark
    options.log?.('vacuum (analyze)');
    await database.db.execute(sql`vacuum (analyze)`);
  }
  const alerts = await raiseBudgetAlerts(database, options);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  options.log?.(`done in ${seconds} s`);
  return { ...made, alerts, seconds };
}

/** From this many tickets, indexes and foreign keys of the big tables are dropped during the load and rebuilt after. */
export const BULK_LOAD_FROM = 20_000;

/**
 * The tables tickets fill (their primary keys stay: other tables' foreign keys point at them), in
 * two lanes of about the same index-building work (measured at a million tickets: ~17 s each).
 */
const BULK_LANES = [
  ['ticket_events', 'tickets', 'ratings'],
  ['messages', 'time_entries', 'attachments'],
];
const BULK_TABLES = BULK_LANES.flat();

/**
 * Run `load` with the big tables' secondary indexes and foreign keys dropped, then build them
 * again from their own definitions (read from the catalog, so they are exactly the migrations')
 * — an index built once is much cheaper than one maintained row by row, and a foreign key
 * validated by one join than by a lookup per row. Rebuilt whether the load succeeds or not.
 */
async function withoutSecondaryIndexes<T>(db: Executor, parallel: boolean, log: ((msg: string) => void) | undefined, load: () => Promise<T>): Promise<T> {
  const foreignKeys = await rows<{ tbl: string; name: string; def: string }>(
    db,
    sql`select c.relname as tbl, k.conname as name, pg_get_constraintdef(k.oid) as def
        from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = current_schema() and c.relname in ${BULK_TABLES}`,
  );
  const indexes = await rows<{ tbl: string; name: string; def: string }>(
    db,
    sql`select i.tablename as tbl, i.indexname as name, i.indexdef as def from pg_indexes i
        where i.schemaname = current_schema() and i.tablename in ${BULK_TABLES}
          and not exists (select 1 from pg_constraint k where k.conname = i.indexname and k.contype in ('p', 'u', 'x'))`,
  );
  const id = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);
  await db.transaction(async (tx) => {
    for (const k of foreignKeys) await tx.execute(sql`alter table ${id(k.tbl)} drop constraint ${id(k.name)}`);
    for (const i of indexes) await tx.execute(sql`drop index ${id(i.name)}`);
  });
  log?.(`dropped ${indexes.length} indexes and ${foreignKeys.length} foreign keys for the load`);
  let failed = false;
  try {
    return await load();
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    try {
      const started = performance.now();
      // indexes lane by lane, in a transaction each; on PostgreSQL both lanes at once on two
      // connections (an index build locks only its own table, in a mode that does not conflict)
      const build = (tables: string[]) =>
        db.transaction(async (tx) => {
          await tx.execute(sql`set local maintenance_work_mem = '512MB'`);
          for (const i of indexes.filter((x) => tables.includes(x.tbl))) await tx.execute(sql.raw(i.def));
        });
      if (parallel) await Promise.all(BULK_LANES.map(build));
      else for (const lane of BULK_LANES) await build(lane);
      // foreign keys one after the other: adding one locks the referenced table too
      await db.transaction(async (tx) => {
        for (const k of foreignKeys) await tx.execute(sql`alter table ${id(k.tbl)} add constraint ${id(k.name)} ${sql.raw(k.def)}`);
      });
      log?.(`rebuilt ${indexes.length} indexes and ${foreignKeys.length} foreign keys in ${Math.round((performance.now() - started) / 100) / 10} s`);
    } catch (err) {
      if (!failed) throw err;
      log?.(`could not rebuild the indexes after the failed load: ${(err as Error).message}`);
    }
  }
}

/** The alerts of the running periods, as the application raises them (after the data committed). */
export async function raiseBudgetAlerts(database: Pick<Database, 'db'>, options: Pick<ScaleOptions, 'now' | 'log'>): Promise<number> {
  const alerts = await checkBudgetAlerts(database.db, { current: true }, options.now ?? new Date());
  options.log?.(`${alerts} budget alerts raised`);
  return alerts;
}

/** Runs `fn` in a transaction: the database's own, or the caller's when everything goes in one. */
type InTransaction = <T>(fn: (tx: Executor) => Promise<T>) => Promise<T>;

/**
 * The data itself. People and budgets go through `inTransaction`; tickets are written on `db` in
 * chunks of 2,000, each one statement (atomic by itself) — first start passes its one locked
 * transaction as `db`. With `pipelined` (PostgreSQL's pool), two chunks are in flight while the
 * next one is generated. Alerts are not raised here: they need the data committed.
 */
export async function seedScaleInto(db: Executor, options: ScaleOptions, inTransaction: InTransaction, pipelined = false): Promise<Omit<ScaleResult, 'alerts' | 'seconds'>> {
  const log = options.log ?? (() => undefined);
  const seed = options.seed ?? 42;
  const ticketCount = Math.max(0, Math.floor(options.tickets));
  const clientCount = Math.max(2, options.clients ?? defaultClients(ticketCount));
  const agentCount = defaultAgents(ticketCount);
  const nowMs = (options.now ?? new Date()).getTime();
  const start = new Date(nowMs);
  start.setUTCMonth(start.getUTCMonth() - HISTORY_MONTHS);
  const startMs = start.getTime();
  const random = new Random(seed);

  const people = generatePeople(random, { seed, clients: clientCount, agents: agentCount, admins: defaultAdmins(agentCount), nowMs, startMs });
  const files = await writeSampleFiles(options.filesDir);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const contactCount = await inTransaction((tx) => insertPeople(tx, people, passwordHash, nowMs));
  log(`${people.clients.length} clients, ${contactCount} contacts, ${people.agents.length} agents, ${people.admins.length} admins`);

  // tickets, in creation order, chunk by chunk
  const firstMonth = `${localIsoDay(startMs).slice(0, 7)}-01`;
  const monthIndex = monthIndexer(firstMonth);
  const months = monthIndex(localIsoDay(nowMs)) + 1;
  const monthCosts = new Float64Array(people.clients.length * months);
  const writer = new TicketWriter({
    random,
    people,
    nowMs,
    clientTable: new AliasTable(people.clients.map((c) => c.weight)),
    files: byKind(files),
    monthCosts,
    monthIndex,
    months,
  });
  const times = arrivals(random, ticketCount, startMs, nowMs);
  const chunk = 2000;
  // PostgreSQL: two chunks written at once on two connections while the next one is generated
  const inFlight = pipelined ? 2 : 1;
  const began = performance.now();
  const pending: Promise<unknown>[] = [];
  let reported = 0;
  for (let from = 0; from < ticketCount; from += chunk) {
    const out = newBatches();
    const to = Math.min(ticketCount, from + chunk);
    for (let i = from; i < to; i++) {
      writer.write(out, i + 1, times[i]!);
      // let the chunks in flight go on while this one is generated
      if (pipelined && i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
    }
    while (pending.length >= inFlight) await pending.shift();
    const written = writeBatches(db, out);
    written.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
    pending.push(written);
    if (!pipelined) await pending.shift();
    if (to - reported >= Math.max(chunk, ticketCount / 20) || to === ticketCount) {
      reported = to;
      const rate = Math.round(to / ((performance.now() - began) / 1000));
      log(`${to.toLocaleString('en')} / ${ticketCount.toLocaleString('en')} tickets (${rate.toLocaleString('en')}/s)`);
    }
  }
  await Promise.all(pending);

  const budgetRows = planBudgets(random, { clients: people.clients, admins: people.admins, month: { costs: monthCosts, months, firstMonth }, today: localIsoDay(nowMs) });
  await inTransaction(async (tx) => {
    // numbers were given in creation order: the sequence continues after them
    await tx.execute(sql`select setval(pg_get_serial_sequence('tickets', 'number'), ${Math.max(ticketCount, 1)}, ${ticketCount > 0})`);
    for (let i = 0; i < budgetRows.length; i += 1000) await tx.insert(budgets).values(budgetRows.slice(i, i + 1000));
    for (const [agentId, at] of writer.lastAssigned) {
      await tx.update(agentProfiles).set({ lastAssignedAt: new Date(at) }).where(sql`${agentProfiles.userId} = ${agentId}`);
    }
  });
  log(`${budgetRows.length} budgets`);
  const c = writer.counts;
  return {
    clients: people.clients.length,
    contacts: contactCount,
    agents: people.agents.length,
    tickets: c.tickets,
    messages: c.messages,
    attachments: c.attachments,
    timeEntries: c.timeEntries,
    ratings: c.ratings,
    budgets: budgetRows.length,
  };
}

/** One chunk of tickets with everything that hangs on them, in one statement. */
const writeBatches = (exec: Executor, out: TicketBatches) =>
  writeAll(exec, [out.tickets, out.ticket_events, out.messages, out.attachments, out.time_entries, out.ratings]);

function byKind(files: SampleFile[]): Map<SampleFileKind, SampleFile[]> {
  const out = new Map<SampleFileKind, SampleFile[]>();
  for (const f of files) out.set(f.kind, [...(out.get(f.kind) ?? []), f]);
  return out;
}

/** Share of a day's tickets per hour (Paris time): office hours, a morning peak, a few at night. */
const HOURS = [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 1, 3, 6, 6.5, 5.5, 2.5, 2.5, 5, 5, 4.5, 3.2, 1.6, 0.8, 0.5, 0.4, 0.3, 0.2];
/** Sunday … Saturday. */
const WEEKDAYS = [0.05, 1.25, 1.1, 1, 1, 0.85, 0.1];
const HOLIDAYS = new Set(['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25']);

/**
 * Creation instants of `n` tickets between `startMs` and `nowMs`, sorted: weekdays and office
 * hours, fewer in August, at Christmas and on public holidays, a business growing slowly.
 */
export function arrivals(random: Random, n: number, startMs: number, nowMs: number): Float64Array {
  const firstDay = Math.floor(startMs / DAY);
  const lastDay = Math.floor(nowMs / DAY);
  const cumulative: number[] = [];
  let total = 0;
  for (let d = firstDay; d <= lastDay; d++) {
    const iso = isoDay(d);
    const md = iso.slice(5);
    let w = WEEKDAYS[weekday(d)]! * (0.4 + (1.2 * (d - firstDay)) / Math.max(1, lastDay - firstDay));
    if (iso.slice(5, 7) === '08') w *= 0.6;
    if (md >= '12-24' || md === '01-01') w *= 0.45;
    if (HOLIDAYS.has(md)) w *= 0.12;
    total += w;
    cumulative.push(total);
  }
  const hourTable = new AliasTable(HOURS);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (;;) {
      const r = random.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > r) hi = mid;
        else lo = mid + 1;
      }
      const ms = fromLocal(firstDay + lo, hourTable.draw(random) * 60 + random.int(0, 59)) + random.int(0, 59_999);
      if (ms > startMs && ms < nowMs - MINUTE) {
        out[i] = ms;
        break;
      }
    }
  }
  return out.sort();
}

/** Clients, users (staff and portal logins), contacts, agent profiles, leave and rates. */
async function insertPeople(tx: Executor, people: People, passwordHash: string, nowMs: number): Promise<number> {
  const inChunks = async <T>(rows: T[], insert: (slice: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
  };
  await inChunks(
    people.clients.map((c) => ({
      id: c.id,
      externalRef: c.externalRef,
      name: c.name,
      companyId: c.companyId,
      email: c.email,
      phone: c.phone,
      addressLine1: c.addressLine1,
      addressLine2: c.addressLine2,
      postalCode: c.postalCode,
      city: c.city,
      country: 'France',
      notes: c.notes,
      active: c.active,
      createdAt: new Date(c.createdAt),
      updatedAt: new Date(c.createdAt),
    })),
    (slice) => tx.insert(clients).values(slice),
  );
  const staff = [...people.admins, ...people.agents];
  const recently = (ms: number) => new Date(nowMs - (ms % (3 * DAY)) - HOUR);
  await inChunks(
    staff.map((s) => ({
      id: s.id,
      email: s.email,
      name: s.name,
      role: s.role,
      passwordHash,
      active: s.active,
      createdAt: new Date(s.createdAt),
      updatedAt: new Date(s.createdAt),
      lastLoginAt: s.active ? recently(s.createdAt) : new Date((s.leftDay ?? 0) * DAY + 17 * HOUR),
    })),
    (slice) => tx.insert(users).values(slice),
  );
  const allContacts = people.clients.flatMap((c) => c.contacts);
  await inChunks(
    allContacts.filter((c) => c.userId),
    (slice) =>
      tx.insert(users).values(
        slice.map((c) => ({
          id: c.userId!,
          email: c.email,
          name: c.name,
          role: 'contact' as const,
          clientId: people.clients[c.clientIndex]!.id,
          passwordHash,
          createdAt: new Date(c.createdAt),
          updatedAt: new Date(c.createdAt),
          lastLoginAt: recently(c.createdAt * 7),
        })),
      ),
  );
  await inChunks(allContacts, (slice) =>
    tx.insert(contacts).values(
      slice.map((c) => ({
        id: c.id,
        clientId: people.clients[c.clientIndex]!.id,
        name: c.name,
        email: c.email,
        phone: c.phone,
        jobTitle: c.jobTitle,
        userId: c.userId,
        // the first contact of each client is its main one (the default requester)
        main: people.clients[c.clientIndex]!.contacts[0] === c,
        createdAt: new Date(c.createdAt),
        updatedAt: new Date(c.createdAt),
      })),
    ),
  );
  await inChunks(people.agents, (slice) =>
    tx.insert(agentProfiles).values(slice.map((a) => ({ userId: a.id, available: a.available, timezone: a.timezone, workingHours: a.workingHours, capacity: a.capacity }))),
  );
  const leaves = people.agents.flatMap((a) => a.leaves.map((l) => ({ agentId: a.id, startsOn: isoDay(l.startsOn), endsOn: isoDay(l.endsOn), note: l.note })));
  await inChunks(leaves, (slice) => tx.insert(agentLeaves).values(slice));
  const admin = people.admins[0]!.id;
  const rates = people.agents.flatMap((a) =>
    a.rates.map((r) => ({ agentId: a.id, effectiveFrom: r.effectiveFrom, hourlyRateCents: r.hourlyRateCents, createdBy: admin, createdAt: new Date(`${r.effectiveFrom}T09:00:00Z`) })),
  );
  await inChunks(rates, (slice) => tx.insert(agentRates).values(slice));
  return allContacts.length;
}
