import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client.ts';
import { FileStore } from '../modules/attachments/files.ts';
import { purgeUnattached } from '../modules/attachments/service.ts';
import { assignWaiting } from '../modules/assignment/service.ts';
import { checkBudgetAlerts } from '../modules/budgets/service.ts';
import { runAutoClose } from './auto-close.ts';

/** A recurring job: a name and what it does at `now`. Each is safe to run in several processes at once. */
interface Job {
  name: string;
  run(db: Db, now: Date): Promise<number>;
}

export function jobs(filesDir: string): Job[] {
  const store = new FileStore(filesDir);
  return [
    { name: 'auto-close', run: (db, now) => runAutoClose(db, now) },
    // Working hours start and leaves end with no request to react to: serve the unassigned queue.
    { name: 'assign-waiting', run: (db, now) => assignWaiting(db, now) },
    { name: 'purge-unattached-uploads', run: (db, now) => purgeUnattached(db, store, now) },
    // Alerts are raised after each write; this catches a crash in between, and projections that start to count.
    { name: 'budget-alerts', run: (db, now) => checkBudgetAlerts(db, { current: true }, now) },
  ];
}

/** Runs every job each `intervalMs`, one run at a time per process; returns a stop function. */
export function startScheduler(db: Db, log: FastifyBaseLogger, filesDir: string, intervalMs = 60_000, clock = () => new Date()) {
  const JOBS = jobs(filesDir);
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      for (const job of JOBS) {
        try {
          const done = await job.run(db, clock());
          if (done > 0) log.info({ job: job.name, done }, 'job ran');
        } catch (err) {
          log.error({ err, job: job.name }, 'job failed');
        }
      }
    })().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setTimeout(tick, 1000).unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
