import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { DataDirLockedError } from './db/lock.ts';
import { startScheduler } from './jobs/scheduler.ts';
import { FileStore } from './modules/attachments/files.ts';
import { startMailboxPoller } from './modules/mail/inbound/poller.ts';
import { startOutboxSender } from './modules/mail/sender.ts';
import { seedOnFirstStart } from './seed/first-start.ts';

async function main() {
  const config = loadConfig();
  let database;
  try {
    database = await openDatabase(config.database);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(`\n✖ ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  await database.migrate();
  const app = await buildApp({ config, database });
  app.addHook('onClose', async () => {
    await database.close();
  });

  const firstStart = await seedOnFirstStart(database.db, config);
  const stopJobs = startScheduler(database.db, app.log, config.filesDir);
  const stopSender = config.mail.workers ? startOutboxSender(database.db, config, app.log) : async () => {};
  const stopPoller = config.mail.workers ? startMailboxPoller(database.db, config, new FileStore(config.filesDir), app.log) : async () => {};
  app.addHook('preClose', async () => {
    await Promise.all([stopJobs(), stopSender(), stopPoller()]);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping: finishing requests, closing the database');
    const force = setTimeout(() => {
      app.log.error('graceful stop timed out');
      process.exit(1);
    }, 10_000);
    force.unref();
    try {
      await app.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${(app.server.address() as { port: number }).port}`;
  const lines = [
    '',
    `  Guichet is running at ${url}  (database: ${config.database.kind === 'pglite' ? `pglite, ${config.database.dataDir}` : 'postgres'})`,
    `  API reference: ${url}/api/docs`,
    ...firstStart.messages.map((m) => `  ${m}`),
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
