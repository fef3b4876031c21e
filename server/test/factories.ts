import { randomUUID } from 'node:crypto';
import type { App } from '../src/app.ts';
import { agentProfiles, clients, contacts, settings, users } from '../src/db/schema.ts';
import { WEEKDAYS } from '@guichet/contract/agents';
import { hashPassword } from '../src/lib/secrets.ts';

export const PASSWORD = 'correct-horse-battery';
let hashed: Promise<string> | undefined;
const passwordHash = () => (hashed ??= hashPassword(PASSWORD));

const unique = () => randomUUID().slice(0, 8);

export async function makeUser(app: App, role: 'admin' | 'agent', overrides: Partial<typeof users.$inferInsert> = {}) {
  const [row] = await app.db
    .insert(users)
    .values({ email: `${role}-${unique()}@example.test`, name: `${role} ${unique()}`, role, passwordHash: await passwordHash(), ...overrides })
    .returning();
  return row!;
}

export async function makeClient(app: App, overrides: Partial<typeof clients.$inferInsert> = {}) {
  const [row] = await app.db
    .insert(clients)
    .values({ name: `Client ${unique()}`, externalRef: `REF-${unique()}`, ...overrides })
    .returning();
  return row!;
}

/** A contact of `clientId` with an active portal login. */
export async function makePortalContact(app: App, clientId: string) {
  const email = `contact-${unique()}@example.test`;
  const [user] = await app.db
    .insert(users)
    .values({ email, name: 'Contact Test', role: 'contact', clientId, passwordHash: await passwordHash() })
    .returning();
  const [contact] = await app.db.insert(contacts).values({ clientId, name: 'Contact Test', email, userId: user!.id }).returning();
  return { user: user!, contact: contact! };
}

/** Sign in through the API and return the Cookie header to send with later requests. */
export async function login(app: App, email: string, password = PASSWORD): Promise<{ cookie: string }> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'guichet_session');
  if (!setCookie) throw new Error('no session cookie');
  return { cookie: `guichet_session=${setCookie.value}` };
}

const ALWAYS = Object.fromEntries(WEEKDAYS.map((d) => [d, [{ start: '00:00', end: '24:00' }]]));

/** An agent available around the clock (so tests do not depend on the time they run at). */
export async function makeAgent(app: App, profile: Partial<typeof agentProfiles.$inferInsert> = {}, overrides: Partial<typeof users.$inferInsert> = {}) {
  const user = await makeUser(app, 'agent', overrides);
  await app.db.insert(agentProfiles).values({ userId: user.id, workingHours: ALWAYS, timezone: 'UTC', ...profile });
  return user;
}

export async function setSettings(app: App, patch: Partial<typeof settings.$inferInsert>) {
  await app.db.update(settings).set(patch);
}

/** A 1×1 PNG. */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export function multipartFiles(files: { name: string; bytes: Buffer; type?: string }[], field = 'files') {
  const boundary = '----guichet-files';
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`),
      f.bytes,
      Buffer.from('\r\n'),
    ]),
  );
  return { payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Every key path of a JSON value, to look for money fields anywhere in an answer. */
export function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (value === null || typeof value !== 'object') return { [prefix]: value };
  return Object.entries(value).reduce<Record<string, unknown>>((acc, [k, v]) => ({ ...acc, ...flatten(v, prefix ? `${prefix}.${k}` : k) }), {});
}

/** Money-looking keys with a value anywhere in an answer. */
export const moneyKeys = (json: unknown): string[] =>
  Object.entries(flatten(json))
    .filter(([k, v]) => v !== null && /cost|hourlyRate|cents|budget/i.test(k))
    .map(([k]) => k);
