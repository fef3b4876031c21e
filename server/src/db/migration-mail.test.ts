import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, expect, it } from 'vitest';
import { pgliteExtensions } from './client.ts';

const migrations = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guichet-migrations-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The migrations folder as it was before `0010_mail`. */
function foldersBefore(tag: string): string {
  fs.cpSync(migrations, tmp, { recursive: true });
  const journalPath = path.join(tmp, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string; idx: number }[] };
  const cut = journal.entries.find((e) => e.tag === tag)!.idx;
  journal.entries = journal.entries.filter((e) => e.idx < cut);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return tmp;
}

it('keeps existing tickets’ data when requesters become contacts (migration 0010)', async () => {
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const db = drizzle(client);
  try {
    await migrate(db, { migrationsFolder: foldersBefore('0010_mail') });
    await client.exec(`
      insert into clients (id, name) values ('00000000-0000-4000-8000-0000000000c1', 'Transports Fontaine');
      insert into users (id, email, name, role, client_id) values
        ('00000000-0000-4000-8000-0000000000a1', 'admin@x.test', 'Admin', 'admin', null),
        ('00000000-0000-4000-8000-0000000000b1', 'elise@x.test', 'Élise', 'contact', '00000000-0000-4000-8000-0000000000c1');
      insert into contacts (id, client_id, name, email, user_id, created_at) values
        ('00000000-0000-4000-8000-000000000021', '00000000-0000-4000-8000-0000000000c1', 'Élise', 'elise@x.test', '00000000-0000-4000-8000-0000000000b1', now() - interval '2 days'),
        ('00000000-0000-4000-8000-000000000022', '00000000-0000-4000-8000-0000000000c1', 'Marc', 'marc@x.test', null, now() - interval '1 day');
      insert into tickets (id, client_id, requester_id, subject, description) values
        ('00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000b1', 'Par le portail', 'x'),
        ('00000000-0000-4000-8000-000000000012', '00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000a1', 'Par le staff', 'y');
    `);
    await migrate(db, { migrationsFolder: migrations });
    const tickets = await client.query<{ subject: string; requester_id: string; requester_contact_id: string | null; source: string }>(
      `select subject, requester_id, requester_contact_id, source from tickets order by subject`,
    );
    expect(tickets.rows).toEqual([
      { subject: 'Par le portail', requester_id: '00000000-0000-4000-8000-0000000000b1', requester_contact_id: '00000000-0000-4000-8000-000000000021', source: 'web' },
      { subject: 'Par le staff', requester_id: '00000000-0000-4000-8000-0000000000a1', requester_contact_id: null, source: 'web' },
    ]);
    const contacts = await client.query<{ name: string; main: boolean; locale: string }>(`select name, main, locale from contacts order by name`);
    expect(contacts.rows).toEqual([
      { name: 'Marc', main: false, locale: 'fr' },
      { name: 'Élise', main: true, locale: 'fr' },
    ]);
    const settings = await client.query<{ signing_key: string }>(`select signing_key from mail_settings`);
    expect(settings.rows).toHaveLength(1);
    expect(settings.rows[0]!.signing_key).toMatch(/^[0-9a-f]{64}$/);
  } finally {
    await client.close();
  }
});
