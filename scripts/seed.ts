// `npm run seed`: load the demo data into the configured database (PGlite in ./data, or
// DATABASE_URL) — only when it is empty, like the first start. Larger scales come with the
// demo-data issue.
import { loadConfig } from '../server/src/config.ts';
import { openDatabase } from '../server/src/db/client.ts';
import { seedOnFirstStart } from '../server/src/seed/first-start.ts';

const config = { ...loadConfig(), demoSeed: true };
const database = await openDatabase(config.database);
try {
  await database.migrate();
  const { messages } = await seedOnFirstStart(database.db, config);
  const loaded = messages[0]?.startsWith('First start');
  console.log(loaded ? messages.join('\n') : 'The database already has data: nothing was loaded.');
} finally {
  await database.close();
}
