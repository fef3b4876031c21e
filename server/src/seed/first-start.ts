import { count, eq, sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { clients, users } from '../db/schema.ts';
import { ensureInitialAdmin } from '../modules/users/service.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo.ts';
import { DEMO_SCALE, raiseBudgetAlerts, seedScaleInto } from './scale.ts';

export function demoLogins(): string[] {
  return [
    `Demo accounts (password "${DEMO_PASSWORD}"):`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(8)} ${a.email}`),
  ];
}

/**
 * On an empty database: demo data when DEMO_SEED is on (the demo scale of the generator),
 * otherwise the initial admin from INITIAL_ADMIN_EMAIL. Never touches a database that has data.
 * Serialised by an advisory lock so that two processes starting together seed once.
 */
export async function seedOnFirstStart(db: Db, config: Config, now = new Date()): Promise<{ messages: string[] }> {
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
    const [u] = await tx.select({ n: count() }).from(users);
    const [c] = await tx.select({ n: count() }).from(clients);
    const empty = (u?.n ?? 0) === 0 && (c?.n ?? 0) === 0;
    const messages: string[] = [];

    if (empty && config.demoSeed) {
      // every chunk in this one locked transaction: a second process waits, then finds data
      const made = await seedScaleInto(tx, { ...DEMO_SCALE, filesDir: config.filesDir, now }, (fn) => fn(tx));
      messages.push(
        `First start: demo data loaded (${made.clients} clients, ${made.contacts} contacts, ${made.tickets} tickets, ${made.messages} messages, ${made.timeEntries} time entries, ${made.budgets} budgets).`,
        ...demoLogins(),
      );
      return { messages, seeded: true };
    }
    if (config.initialAdmin?.password) {
      if (await ensureInitialAdmin(tx, config.initialAdmin.email, config.initialAdmin.password)) {
        messages.push(`Initial admin created: ${config.initialAdmin.email}.`);
      }
    } else if ((u?.n ?? 0) === 0) {
      messages.push('No account exists yet: set INITIAL_ADMIN_EMAIL and INITIAL_ADMIN_PASSWORD and restart.');
    }
    if (config.demoSeed) {
      const [demo] = await tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS[0].email));
      if (demo) messages.push(...demoLogins());
    }
    return { messages, seeded: false };
  });
  // the running budgets' alerts, as if the time had been logged through the API (after the commit)
  if (result.seeded) await raiseBudgetAlerts({ db }, { now });
  return { messages: result.messages };
}
