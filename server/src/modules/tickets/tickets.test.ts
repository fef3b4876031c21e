import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tickets } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeAgent, makeClient, makePortalContact, makeUser, multipartFiles, PNG_BYTES, setSettings } from '../../../test/factories.ts';

let ctx: TestContext;
let admin: { cookie: string };
let agentA: { id: string; cookie: string };
let clientA: { id: string };
let contactA: { id: string; contactId: string; cookie: string };

beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' });
  admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
  const a = await makeAgent(ctx.app);
  agentA = { id: a.id, ...(await login(ctx.app, a.email)) };
  clientA = await makeClient(ctx.app);
  const c = await makePortalContact(ctx.app, clientA.id);
  contactA = { id: c.user.id, contactId: c.contact.id, ...(await login(ctx.app, c.user.email)) };
});
afterAll(() => ctx.close());

const api = (as: { cookie: string }, method: string, url: string, payload?: unknown) =>
  ctx.app.inject({ method: method as 'GET', url, headers: { cookie: as.cookie }, payload: payload as object });

async function newTicket(as: { cookie: string } = admin, body: Record<string, unknown> = {}) {
  const res = await api(as, 'POST', '/api/tickets', { clientId: clientA.id, subject: 'Imprimante hors ligne', description: 'Elle ne répond plus.', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('creating a ticket', () => {
  it('opens a ticket with a number, the requester, priority normal by default, and auto-assigns it', async () => {
    const t = await newTicket();
    expect(t).toMatchObject({ status: 'open', priority: 'normal', client: { id: clientA.id }, version: expect.any(Number) });
    expect(t.number).toBeGreaterThan(0);
    expect(t.requester).not.toBeNull();
    expect(t.assignee).not.toBeNull();
  });

  it('lets a contact open a ticket for their own client only', async () => {
    const other = await makeClient(ctx.app);
    const res = await api(contactA, 'POST', '/api/tickets', { clientId: other.id, subject: 'Écran noir', description: 'Depuis ce matin', priority: 'high' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ client: { id: clientA.id }, requester: { id: contactA.contactId }, requesterContact: { id: contactA.contactId }, priority: 'high' });
  });

  it('gives unique sequential numbers under concurrent creation', async () => {
    const created = await Promise.all(Array.from({ length: 8 }, () => newTicket()));
    const numbers = created.map((t) => t.number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(8);
    expect(numbers.at(-1) - numbers[0]).toBe(7);
  });

  it('validates the body and writes nothing on error', async () => {
    const before = (await ctx.app.db.select().from(tickets)).length;
    const res = await api(admin, 'POST', '/api/tickets', { clientId: clientA.id, subject: '', description: 'x', priority: 'urgent' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['body.subject', 'body.priority']));
    expect((await ctx.app.db.select().from(tickets)).length).toBe(before);
    expect((await api(admin, 'POST', '/api/tickets', { subject: 'x', description: 'y' })).statusCode).toBe(400);
  });
});

describe('status machine through the API', () => {
  it('moves along legal transitions, records history, and refuses illegal or stale moves without changing anything', async () => {
    const t = await newTicket();
    const illegal = await api(agentA, 'PATCH', `/api/tickets/${t.id}`, { version: t.version, status: 'resolved' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error.code).toBe('illegal_transition');
    const started = (await api(agentA, 'PATCH', `/api/tickets/${t.id}`, { version: t.version, status: 'in_progress' })).json();
    expect(started.status).toBe('in_progress');
    const stale = await api(agentA, 'PATCH', `/api/tickets/${t.id}`, { version: t.version, status: 'resolved' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const resolved = (await api(agentA, 'PATCH', `/api/tickets/${t.id}`, { version: started.version, status: 'resolved', priority: 'high' })).json();
    expect(resolved).toMatchObject({ status: 'resolved', priority: 'high' });
    expect(resolved.resolvedAt).not.toBeNull();
    const closed = (await api(contactA, 'PATCH', `/api/tickets/${t.id}`, { version: resolved.version, status: 'closed' })).json();
    expect(closed).toMatchObject({ status: 'closed', closedReason: 'manual', allowedTransitions: [] });
    const reopenByAgent = await api(agentA, 'PATCH', `/api/tickets/${t.id}`, { version: closed.version, status: 'in_progress' });
    expect(reopenByAgent.statusCode).toBe(409);
    const reopened = await api(admin, 'PATCH', `/api/tickets/${t.id}`, { version: closed.version, status: 'in_progress' });
    expect(reopened.json().status).toBe('in_progress');

    const history = (await api(admin, 'GET', `/api/tickets/${t.id}/history`)).json().items;
    expect(history.slice(0, 2).map((e: { kind: string }) => e.kind)).toEqual(['created', 'assignee']);
    const statusMoves = history.filter((e: { kind: string }) => e.kind === 'status').map((e: { from: string; to: string }) => `${e.from}>${e.to}`);
    expect(statusMoves).toEqual(['open>in_progress', 'in_progress>resolved', 'resolved>closed', 'closed>in_progress']);
    expect(history.find((e: { kind: string }) => e.kind === 'priority')).toMatchObject({ from: 'normal', to: 'high' });
    expect(history.find((e: { kind: string }) => e.kind === 'assignee')).toMatchObject({ actor: null }); // auto-assigned by the system
  });

  it('offers each role only its legal moves', async () => {
    const t = await newTicket();
    expect((await api(agentA, 'GET', `/api/tickets/${t.id}`)).json().allowedTransitions).toEqual(['in_progress', 'closed']);
    expect((await api(contactA, 'GET', `/api/tickets/${t.id}`)).json().allowedTransitions).toEqual([]);
    const contactMove = await api(contactA, 'PATCH', `/api/tickets/${t.id}`, { version: t.version, status: 'closed' });
    expect(contactMove.statusCode).toBe(409);
  });
});

describe('discussion', () => {
  it('first agent reply starts the ticket and sets firstResponseAt; internal notes never reach the client', async () => {
    const t = await newTicket();
    const note = await api(agentA, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Client VIP, attention', internal: true });
    expect(note.json().kind).toBe('internal');
    expect((await api(agentA, 'GET', `/api/tickets/${t.id}`)).json()).toMatchObject({ status: 'open', firstResponseAt: null });
    await api(agentA, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Pouvez-vous redémarrer ?' });
    const after = (await api(agentA, 'GET', `/api/tickets/${t.id}`)).json();
    expect(after.status).toBe('in_progress');
    expect(after.waitingOn).toBe('client');
    expect(after.firstResponseAt).not.toBeNull();

    const seenByClient = (await api(contactA, 'GET', `/api/tickets/${t.id}/messages`)).json().items;
    expect(seenByClient.map((m: { kind: string }) => m.kind)).toEqual(['public']);
    expect(JSON.stringify(seenByClient)).not.toContain('VIP');
    const seenByStaff = (await api(agentA, 'GET', `/api/tickets/${t.id}/messages?order=desc`)).json().items;
    expect(seenByStaff.map((m: { kind: string }) => m.kind)).toEqual(['public', 'internal']);
    expect(seenByStaff[0].author).toMatchObject({ id: agentA.id, role: 'agent' });
  });

  it('a client reply reopens a resolved ticket; a client cannot post an internal note', async () => {
    const t = await newTicket();
    const started = (await api(agentA, 'PATCH', `/api/tickets/${t.id}`, { version: t.version, status: 'in_progress' })).json();
    await api(agentA, 'PATCH', `/api/tickets/${t.id}`, { version: started.version, status: 'resolved' });
    expect((await api(contactA, 'POST', `/api/tickets/${t.id}/messages`, { body: 'x', internal: true })).statusCode).toBe(404);
    const reply = await api(contactA, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Toujours en panne' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().author.role).toBe('contact');
    expect((await api(agentA, 'GET', `/api/tickets/${t.id}`)).json()).toMatchObject({ status: 'in_progress', resolvedAt: null });
  });

  it('stores script payloads as plain text', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const t = await newTicket(admin, { subject: payload, description: payload });
    await api(agentA, 'POST', `/api/tickets/${t.id}/messages`, { body: payload });
    const ticket = await api(agentA, 'GET', `/api/tickets/${t.id}`);
    expect(ticket.headers['content-type']).toMatch(/application\/json/);
    expect(ticket.json().subject).toBe(payload);
  });

  it('refuses public replies on a closed ticket', async () => {
    const t = await newTicket();
    await api(agentA, 'PATCH', `/api/tickets/${t.id}`, { version: t.version, status: 'closed' });
    const res = await api(contactA, 'POST', `/api/tickets/${t.id}/messages`, { body: 'encore' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ticket_closed');
  });
});

describe('rating', () => {
  it('lets the client rate once resolved, change it, and credits the agent assigned at resolution', async () => {
    const t = await newTicket();
    expect((await api(contactA, 'PUT', `/api/tickets/${t.id}/rating`, { stars: 4 })).statusCode).toBe(409);
    const assigned = (await api(admin, 'POST', `/api/tickets/${t.id}/assign`, { agentId: agentA.id, version: t.version })).json();
    const started = (await api(agentA, 'PATCH', `/api/tickets/${t.id}`, { version: assigned.version, status: 'in_progress' })).json();
    await api(agentA, 'PATCH', `/api/tickets/${t.id}`, { version: started.version, status: 'resolved' });
    expect((await api(contactA, 'GET', `/api/tickets/${t.id}`)).json().can.rate).toBe(true);
    const first = await api(contactA, 'PUT', `/api/tickets/${t.id}/rating`, { stars: 4, comment: 'Rapide' });
    expect(first.json()).toMatchObject({ stars: 4, comment: 'Rapide', agent: { id: agentA.id } });
    const changed = await api(contactA, 'PUT', `/api/tickets/${t.id}/rating`, { stars: 5 });
    expect(changed.json()).toMatchObject({ stars: 5, comment: null });
    expect((await api(admin, 'GET', `/api/tickets/${t.id}`)).json().rating).toMatchObject({ stars: 5, agent: { id: agentA.id } });
    expect((await api(agentA, 'PUT', `/api/tickets/${t.id}/rating`, { stars: 1 })).statusCode).toBe(404);
    expect((await api(contactA, 'PUT', `/api/tickets/${t.id}/rating`, { stars: 6 })).statusCode).toBe(400);
  });
});

describe('attachments', () => {
  const upload = (as: { cookie: string }, files: { name: string; bytes: Buffer }[]) => {
    const { payload, contentType } = multipartFiles(files);
    return ctx.app.inject({ method: 'POST', url: '/api/attachments', headers: { cookie: as.cookie, 'content-type': contentType }, payload });
  };

  it('accepts a screenshot judged by content, attaches it, and serves it to those who may see the ticket', async () => {
    const res = await upload(contactA, [{ name: '../../capture <écran>.png', bytes: PNG_BYTES }, { name: 'notes.txt', bytes: Buffer.from('Bonjour\n') }]);
    expect(res.statusCode).toBe(201);
    const [png, txt] = res.json().items;
    expect(png).toMatchObject({ contentType: 'image/png', fileName: 'capture _écran_.png', sizeBytes: PNG_BYTES.length });
    expect(txt.contentType).toBe('text/plain');
    const t = await newTicket(contactA, { attachmentIds: [png.id, txt.id] });
    expect(t.attachments).toHaveLength(2);

    const download = await api(agentA, 'GET', `/api/attachments/${png.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toMatch(/^inline; filename=".*"; filename\*=UTF-8''capture/);
    expect(Buffer.compare(download.rawPayload, PNG_BYTES)).toBe(0);
    const forced = await api(agentA, 'GET', `/api/attachments/${txt.id}`);
    expect(forced.headers['content-disposition']).toMatch(/^attachment;/);
    // Attached once only.
    expect((await api(contactA, 'POST', '/api/tickets', { subject: 's', description: 'd', attachmentIds: [png.id] })).statusCode).toBe(400);
  });

  it('refuses a spoofed type (415), an empty file (400) and an oversized one (413), storing nothing', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90), Buffer.from([0, 0, 0])]);
    const spoofed = await upload(admin, [{ name: 'photo.png', bytes: exe }]);
    expect(spoofed.statusCode).toBe(415);
    expect(spoofed.json().error.code).toBe('unsupported_file_type');
    expect((await upload(admin, [{ name: 'vide.png', bytes: Buffer.alloc(0) }])).statusCode).toBe(400);
    await setSettings(ctx.app, { maxFileBytes: 2048 });
    const big = await upload(admin, [{ name: 'big.txt', bytes: Buffer.alloc(4096, 0x61) }]);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('file_too_large');
    await setSettings(ctx.app, { maxFileBytes: 10 * 1024 * 1024 });
  });

  it('hides a file not yet attached from everyone but its uploader', async () => {
    const [file] = (await upload(contactA, [{ name: 'a.png', bytes: PNG_BYTES }])).json().items;
    expect((await api(agentA, 'GET', `/api/attachments/${file.id}`)).statusCode).toBe(404);
    expect((await api(contactA, 'GET', `/api/attachments/${file.id}`)).statusCode).toBe(200);
  });
});

describe('a contact of another client gets 404 everywhere', () => {
  it('on every ticket, message, attachment and rating route, and never sees the ticket in lists', async () => {
    const t = await newTicket(contactA);
    const [file] = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/attachments',
        headers: { cookie: contactA.cookie, 'content-type': multipartFiles([{ name: 'x.png', bytes: PNG_BYTES }]).contentType },
        payload: multipartFiles([{ name: 'x.png', bytes: PNG_BYTES }]).payload,
      })
    ).json().items;
    await api(contactA, 'POST', `/api/tickets/${t.id}/messages`, { body: 'avec pièce', attachmentIds: [file.id] });
    const clientB = await makeClient(ctx.app);
    const outsider = await login(ctx.app, (await makePortalContact(ctx.app, clientB.id)).user.email);
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/tickets/${t.id}`],
      ['PATCH', `/api/tickets/${t.id}`, { version: 1, status: 'closed' }],
      ['POST', `/api/tickets/${t.id}/assign`, { auto: true, version: 1 }],
      ['GET', `/api/tickets/${t.id}/history`],
      ['GET', `/api/tickets/${t.id}/messages`],
      ['POST', `/api/tickets/${t.id}/messages`, { body: 'intrus' }],
      ['PUT', `/api/tickets/${t.id}/rating`, { stars: 1 }],
      ['GET', `/api/attachments/${file.id}`],
    ];
    for (const [method, url, body] of attempts) {
      const res = await api(outsider, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const list = (await api(outsider, 'GET', `/api/tickets?clientId=${clientA.id}`)).json();
    expect(list.items).toHaveLength(0);
    expect(list.counts).toEqual({ open: 0, in_progress: 0, resolved: 0, closed: 0 });
  });
});

describe('ticket list', () => {
  it('filters, counts per status, and walks pages with every sort', async () => {
    const client = await makeClient(ctx.app);
    for (let i = 0; i < 7; i++) await newTicket(admin, { clientId: client.id, priority: ['low', 'normal', 'high'][i % 3] });
    const all = (await api(admin, 'GET', `/api/tickets?clientId=${client.id}&limit=200`)).json();
    expect(all.items).toHaveLength(7);
    expect(all.counts.open).toBe(7);
    const high = (await api(admin, 'GET', `/api/tickets?clientId=${client.id}&priority=high`)).json();
    expect(high.items.every((t: { priority: string }) => t.priority === 'high')).toBe(true);
    const none = (await api(admin, 'GET', `/api/tickets?clientId=${client.id}&status=closed`)).json();
    expect(none.items).toHaveLength(0);
    expect(none.counts.open).toBe(7);
    for (const sort of ['-createdAt', 'createdAt', '-priority', 'priority', '-lastActivityAt', 'lastActivityAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/tickets?clientId=${client.id}&limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const page: { items: { id: string }[]; nextCursor: string | null } = (await api(admin, 'GET', url)).json();
        seen.push(...page.items.map((t) => t.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size, sort).toBe(7);
    }
    const byPriority = (await api(admin, 'GET', `/api/tickets?clientId=${client.id}&sort=-priority`)).json().items.map((t: { priority: string }) => t.priority);
    expect(byPriority.slice(0, 2)).toEqual(['high', 'high']);
  });

  it('shows a contact only their client’s tickets', async () => {
    await newTicket(contactA);
    const other = await makeClient(ctx.app);
    await newTicket(admin, { clientId: other.id });
    const mine = (await api(contactA, 'GET', '/api/tickets?limit=200')).json();
    expect(mine.items.every((t: { client: { id: string } }) => t.client.id === clientA.id)).toBe(true);
  });
});

describe('notifications', () => {
  it('tells the agent of an assignment, the client of a public reply (not of a note), and the agent of a client reply', async () => {
    const t = await newTicket(contactA);
    await api(admin, 'POST', `/api/tickets/${t.id}/assign`, { agentId: agentA.id, version: t.version });
    const agentBell = (await api(agentA, 'GET', '/api/notifications?unread=true')).json();
    expect(agentBell.items.some((n: { kind: string; ticket: { id: string } }) => n.kind === 'ticket_assigned' && n.ticket.id === t.id)).toBe(true);

    await api(agentA, 'POST', `/api/tickets/${t.id}/messages`, { body: 'note', internal: true });
    const afterNote = (await api(contactA, 'GET', '/api/notifications')).json().items.filter((n: { ticket: { id: string } }) => n.ticket?.id === t.id);
    expect(afterNote).toHaveLength(0);
    await api(agentA, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Réponse' });
    const clientBell = (await api(contactA, 'GET', '/api/notifications')).json();
    const reply = clientBell.items.find((n: { kind: string; ticket: { id: string } }) => n.kind === 'agent_replied' && n.ticket.id === t.id);
    expect(reply).toMatchObject({ actor: { id: agentA.id }, readAt: null });
    await api(contactA, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Merci' });
    const back = (await api(agentA, 'GET', '/api/notifications')).json().items;
    expect(back.some((n: { kind: string; ticket: { id: string } }) => n.kind === 'client_replied' && n.ticket.id === t.id)).toBe(true);

    expect((await api(contactA, 'POST', `/api/notifications/${reply.id}/read`)).statusCode).toBe(204);
    expect((await api(agentA, 'POST', `/api/notifications/${reply.id}/read`)).statusCode).toBe(404);
    await api(contactA, 'POST', '/api/notifications/read-all');
    expect((await api(contactA, 'GET', '/api/notifications')).json().unreadCount).toBe(0);
  });
});

describe('settings', () => {
  it('are read and changed by admins only', async () => {
    expect((await api(admin, 'GET', '/api/settings')).json()).toMatchObject({ autoCloseDays: 5, autoAssign: true, currency: 'EUR' });
    expect((await api(agentA, 'GET', '/api/settings')).statusCode).toBe(404);
    const changed = await api(admin, 'PATCH', '/api/settings', { autoCloseDays: 7 });
    expect(changed.json().autoCloseDays).toBe(7);
    expect((await api(admin, 'PATCH', '/api/settings', { autoCloseDays: -1 })).statusCode).toBe(400);
    await api(admin, 'PATCH', '/api/settings', { autoCloseDays: 5 });
  });
});


describe('hardening', () => {
  const upload = (files: { name: string; bytes: Buffer }[], extra = '') => {
    const { payload, contentType } = multipartFiles(files);
    const boundary = contentType.split('boundary=')[1]!;
    const withField = extra
      ? Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\n${extra}\r\n`), payload])
      : payload;
    return ctx.app.inject({ method: 'POST', url: '/api/attachments', headers: { cookie: contactA.cookie, 'content-type': contentType }, payload: withField });
  };

  it('names a file after its detected type and strips direction overrides', async () => {
    const res = await upload([{ name: 'page\u202Egnp.html', bytes: Buffer.from('<html><script>alert(1)</script></html>') }]);
    expect(res.statusCode).toBe(201);
    expect(res.json().items[0]).toMatchObject({ contentType: 'text/plain', fileName: 'pagegnp.html.txt' });
  });

  it('refuses text fields in an upload', async () => {
    expect((await upload([{ name: 'a.png', bytes: PNG_BYTES }], 'x'.repeat(2000))).statusCode).toBe(400);
  });

  it('credits a rating to the agent who takes and resolves the ticket in one request', async () => {
    await api(admin, 'PATCH', '/api/settings', { autoAssign: false });
    const t = await newTicket(contactA);
    const started = (await api(admin, 'PATCH', `/api/tickets/${t.id}`, { version: t.version, status: 'in_progress' })).json();
    await api(admin, 'PATCH', `/api/tickets/${t.id}`, { version: started.version, status: 'resolved', assigneeId: agentA.id });
    const rating = await api(contactA, 'PUT', `/api/tickets/${t.id}/rating`, { stars: 5 });
    expect(rating.json().agent).toMatchObject({ id: agentA.id });
    await api(admin, 'PATCH', '/api/settings', { autoAssign: true });
  });

  it('answers 400, never 500, for an impossible date in a cursor, and needs a version to assign', async () => {
    const forged = Buffer.from(JSON.stringify(['2024-02-30 10:00:00+00', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    expect((await api(admin, 'GET', `/api/tickets?cursor=${forged}`)).statusCode).toBe(400);
    const t = await newTicket();
    expect((await api(admin, 'POST', `/api/tickets/${t.id}/assign`, { agentId: agentA.id })).statusCode).toBe(400);
  });
});
