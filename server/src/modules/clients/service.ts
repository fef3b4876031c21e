import type {
  Client,
  ClientList,
  ClientListQuery,
  Contact,
  ContactFields,
  CreateClientBody,
  CreateContactBody,
  PortalAccessBody,
  UpdateClientBody,
  UpdateContactBody,
  UpsertClientBody,
} from '@guichet/contract/clients';
import type { z } from 'zod';
import type { Db, Executor } from '../../db/client.ts';
import { requireAdmin, requireAdminSession, requireStaff, type Actor } from '../../http/actor.ts';
import { badRequest, conflict, notFound } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { isUniqueViolation } from '../../lib/pg-errors.ts';
import { currentUsage } from '../budgets/service.ts';
import * as users from '../users/service.ts';
import * as repo from './repo.ts';

type ListQuery = z.output<typeof ClientListQuery>;
type ContactInput = z.output<typeof ContactFields>;

// ── presenters ──

export function presentClient({ client: c, contactCount }: { client: repo.ClientRow; contactCount: number }): Client {
  return {
    id: c.id,
    name: c.name,
    externalRef: c.externalRef,
    companyId: c.companyId,
    email: c.email,
    phone: c.phone,
    address: { line1: c.addressLine1, line2: c.addressLine2, postalCode: c.postalCode, city: c.city, country: c.country },
    notes: c.notes,
    active: c.active,
    contactCount,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

function presentContact({ contact: c, userActive }: { contact: repo.ContactRow; userActive: boolean | null }): Contact {
  return {
    id: c.id,
    clientId: c.clientId,
    name: c.name,
    email: c.email,
    phone: c.phone,
    jobTitle: c.jobTitle,
    main: c.main,
    locale: c.locale,
    portalAccess: c.userId === null ? 'none' : userActive ? 'active' : 'disabled',
    createdAt: c.createdAt.toISOString(),
  };
}

/** API fields → columns. Only the fields present are mapped, so a partial update touches nothing else. */
export function toValues(f: z.output<typeof UpdateClientBody>): Partial<repo.ClientValues> {
  const v: Partial<repo.ClientValues> = {};
  if (f.name !== undefined) v.name = f.name;
  if (f.externalRef !== undefined) v.externalRef = f.externalRef;
  if (f.companyId !== undefined) v.companyId = f.companyId;
  if (f.email !== undefined) v.email = f.email;
  if (f.phone !== undefined) v.phone = f.phone;
  if (f.notes !== undefined) v.notes = f.notes;
  if (f.active !== undefined) v.active = f.active;
  if (f.address !== undefined) {
    v.addressLine1 = f.address.line1;
    v.addressLine2 = f.address.line2;
    v.postalCode = f.address.postalCode;
    v.city = f.address.city;
    v.country = f.address.country;
  }
  return v;
}

/** The fields of `values` whose value differs from the stored row. */
function changedFields<T extends object>(row: T, values: Partial<T>): Partial<T> {
  const changed: Partial<T> = {};
  for (const [k, v] of Object.entries(values) as [keyof T, T[keyof T]][]) {
    if (v !== undefined && row[k] !== v) changed[k] = v;
  }
  return changed;
}

const refTaken = () => conflict('external_ref_taken', 'Another client already has this CRM reference.');

async function loadClient(db: Executor, id: string) {
  const row = await repo.findById(db, id);
  if (!row) throw notFound('client');
  return row;
}

// ── clients ──

export async function listClients(db: Executor, actor: Actor, query: ListQuery): Promise<ClientList> {
  requireStaff(actor);
  const descending = query.sort.startsWith('-');
  const sort = query.sort.replace('-', '') as repo.ClientSortKey;
  const active = query.active === undefined ? undefined : query.active === 'true';
  const rows = await repo.list(db, {
    q: query.q || undefined,
    active,
    sort,
    descending,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const items = page.map(presentClient);
  if (actor.role === 'admin') {
    // money-derived: admins only (DOMAIN.md)
    const usage = await currentUsage(db, items.map((c) => c.id));
    for (const c of items) c.budget = usage.get(c.id) ?? null;
  }
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.sortKey, last.client.id) : null,
    total: await repo.count(db, { q: query.q || undefined, active }),
  };
}

export async function getClient(db: Executor, actor: Actor, id: string): Promise<Client> {
  requireStaff(actor);
  return presentClient(await loadClient(db, id));
}

export async function getClientByRef(db: Executor, actor: Actor, externalRef: string): Promise<Client> {
  requireStaff(actor);
  const row = await repo.findByRef(db, externalRef);
  if (!row) throw notFound('client');
  return presentClient(row);
}

async function writeClient<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err, 'clients_external_ref_key')) throw refTaken();
    throw err;
  }
}

export async function createClient(db: Db, actor: Actor, body: z.output<typeof CreateClientBody>): Promise<Client> {
  requireAdmin(actor);
  return writeClient(() =>
    db.transaction(async (tx) => {
      if (body.externalRef && (await repo.findByRef(tx, body.externalRef))) throw refTaken();
      const id = await repo.insert(tx, toValues(body) as repo.ClientValues);
      return presentClient(await loadClient(tx, id));
    }),
  );
}

export async function updateClient(
  db: Db,
  actor: Actor,
  id: string,
  patch: z.output<typeof UpdateClientBody>,
): Promise<Client> {
  requireAdmin(actor);
  return writeClient(() =>
    db.transaction(async (tx) => {
      const current = await loadClient(tx, id);
      if (patch.externalRef) {
        const other = await repo.findByRef(tx, patch.externalRef);
        if (other && other.client.id !== id) throw refTaken();
      }
      const changed = changedFields(current.client, toValues(patch));
      if (Object.keys(changed).length > 0) await repo.update(tx, id, changed);
      return presentClient(await loadClient(tx, id));
    }),
  );
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Create or update the client with this CRM reference, and its contacts by e-mail (contacts
 * absent from `contacts` are left alone). Shared by `PUT /clients/by-ref` and the CSV import.
 */
export async function applyClientByRef(
  tx: Executor,
  externalRef: string,
  values: Partial<repo.ClientValues>,
  contacts: ContactInput[] = [],
): Promise<{ id: string; result: UpsertOutcome }> {
  const existingId = await repo.lockByRef(tx, externalRef);
  let id: string;
  let result: UpsertOutcome;
  if (!existingId) {
    if (!values.name) throw badRequest('validation_failed', 'A new client needs a name.', [{ field: 'body.name', code: 'required', message: 'required' }]);
    id = await repo.insert(tx, { ...values, name: values.name, externalRef });
    result = 'created';
  } else {
    id = existingId;
    const current = (await repo.findById(tx, id))!;
    const changed = changedFields(current.client, values);
    if (Object.keys(changed).length > 0) await repo.update(tx, id, changed);
    result = Object.keys(changed).length > 0 ? 'updated' : 'unchanged';
  }
  for (const contact of contacts) {
    const outcome = await upsertContact(tx, id, contact);
    if (outcome !== 'unchanged' && result === 'unchanged') result = 'updated';
  }
  return { id, result };
}

export async function upsertClientByRef(
  db: Db,
  actor: Actor,
  externalRef: string,
  body: z.output<typeof UpsertClientBody>,
): Promise<{ result: UpsertOutcome; client: Client }> {
  requireAdmin(actor);
  const { contacts, ...fields } = body;
  return db.transaction(async (tx) => {
    const { id, result } = await applyClientByRef(tx, externalRef, toValues(fields), contacts);
    return { result, client: presentClient(await loadClient(tx, id)) };
  });
}

// ── contacts ──

async function upsertContact(tx: Executor, clientId: string, input: ContactInput): Promise<UpsertOutcome> {
  const existing = await repo.findContactByEmail(tx, clientId, input.email);
  if (!existing) {
    await repo.insertContact(tx, { clientId, name: input.name, email: input.email, phone: input.phone, jobTitle: input.jobTitle, main: !(await repo.hasMainContact(tx, clientId)) });
    return 'created';
  }
  const changed = changedFields(existing, { name: input.name, phone: input.phone, jobTitle: input.jobTitle });
  if (Object.keys(changed).length === 0) return 'unchanged';
  await repo.updateContact(tx, existing.id, changed);
  if (existing.userId && changed.name) await users.setPortalUser(tx, existing.userId, { name: changed.name });
  return 'updated';
}

export async function listContacts(db: Executor, actor: Actor, clientId: string): Promise<{ items: Contact[] }> {
  requireStaff(actor);
  await loadClient(db, clientId);
  return { items: (await repo.listContacts(db, clientId)).map(presentContact) };
}

const contactEmailTaken = () => conflict('email_taken', 'This client already has a contact with this e-mail address.');

async function loadContact(db: Executor, clientId: string, contactId: string) {
  const row = await repo.findContact(db, clientId, contactId);
  if (!row) throw notFound('contact');
  return row;
}

export async function createContact(
  db: Db,
  actor: Actor,
  clientId: string,
  body: z.output<typeof CreateContactBody>,
): Promise<Contact> {
  // Creating a login is account management: a signed-in admin only, never an API token.
  if (body.portalPassword) requireAdminSession(actor);
  else requireAdmin(actor);
  return db.transaction(async (tx) => {
    await loadClient(tx, clientId);
    if (await repo.findContactByEmail(tx, clientId, body.email)) throw contactEmailTaken();
    const userId = body.portalPassword
      ? await users.createPortalUser(tx, { email: body.email, name: body.name, clientId, password: body.portalPassword })
      : null;
    const id = await repo.insertContact(tx, {
      clientId,
      name: body.name,
      email: body.email,
      phone: body.phone,
      jobTitle: body.jobTitle,
      locale: body.locale,
      userId,
      // a client's first contact is its main one
      main: !(await repo.hasMainContact(tx, clientId)),
    });
    return presentContact(await loadContact(tx, clientId, id));
  });
}

export async function updateContact(
  db: Db,
  actor: Actor,
  clientId: string,
  contactId: string,
  patch: z.output<typeof UpdateContactBody>,
): Promise<Contact> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const { contact } = await loadContact(tx, clientId, contactId);
    const { main, ...fields } = patch;
    const changed = changedFields(contact, fields);
    // one main contact per client: the former one steps down in the same transaction
    if (main && !contact.main) {
      await repo.clearMainContact(tx, clientId);
      changed.main = true;
    }
    if (changed.email) {
      const other = await repo.findContactByEmail(tx, clientId, changed.email);
      if (other && other.id !== contactId) throw contactEmailTaken();
    }
    if (Object.keys(changed).length > 0) await repo.updateContact(tx, contactId, changed);
    if (contact.userId && (changed.email || changed.name)) {
      await users.setPortalUser(tx, contact.userId, { email: changed.email, name: changed.name });
    }
    return presentContact(await loadContact(tx, clientId, contactId));
  });
}

/**
 * Give, reset or revoke a contact's portal login. Our choice (documented in the README): the
 * admin sets an initial password and passes it on; the contact can change it later.
 */
export async function setPortalAccess(
  db: Db,
  actor: Actor,
  clientId: string,
  contactId: string,
  body: PortalAccessBody,
): Promise<Contact> {
  requireAdminSession(actor);
  return db.transaction(async (tx) => {
    const { contact } = await loadContact(tx, clientId, contactId);
    if (!body.enabled) {
      if (contact.userId) await users.setPortalUser(tx, contact.userId, { active: false });
    } else if (contact.userId) {
      await users.setPortalUser(tx, contact.userId, { active: true, password: body.password });
    } else {
      if (!body.password) throw badRequest('password_required', 'Give an initial password for this portal login.');
      const userId = await users.createPortalUser(tx, {
        email: contact.email,
        name: contact.name,
        clientId,
        password: body.password,
      });
      await repo.updateContact(tx, contactId, { userId });
    }
    return presentContact(await loadContact(tx, clientId, contactId));
  });
}
