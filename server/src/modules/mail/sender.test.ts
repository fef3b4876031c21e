import net from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mailOutbox } from '../../db/schema.ts';
import { INTERRUPTED } from '../../lib/outbox.ts';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeAgent, makeClient, makeUser } from '../../../test/factories.ts';
import { mailServers, newAddress, waitForMail, readMailbox } from '../../../test/mailbox.ts';
import { describeWithMail } from '../../../test/mail-servers.ts';
import { sendDueMails } from './sender.ts';

/**
 * The outbox against the real Postfix and Dovecot (scripts/mail-servers.sh): what leaves, its
 * headers, the SMTP server down then back, a refusal, several senders at once.
 */
describeWithMail('sending mail through Postfix', () => {
  let ctx: TestContext;
  let admin: { cookie: string };
  let agent: { cookie: string };
  let clientId: string;
  const support = newAddress('support');
  const api = (as: { cookie: string }, method: string, url: string, payload?: unknown) =>
    ctx.app.inject({ method: method as 'GET', url, headers: { cookie: as.cookie }, payload: payload as object });
  const smtpPort = () => Number(new URL(mailServers()!.smtpUrl).port || 25);
  const useSmtp = async (port: number) => {
    const res = await api(admin, 'PATCH', '/api/mail/settings', { fromAddress: support, fromName: 'Support Guichet', smtp: { host: '127.0.0.1', port, security: 'none', user: null } });
    expect(res.statusCode, res.body).toBe(200);
  };
  const send = () => sendDueMails(ctx.app.db, ctx.config);

  const contacts = new Map<string, { id: string }>();
  /** A contact with their own mailbox (made once per address), and a ticket opened for them. */
  async function contactWithTicket(email = newAddress('elise'), subject = 'Imprimante hors ligne') {
    let contact = contacts.get(email);
    if (!contact) contacts.set(email, (contact = (await api(admin, 'POST', `/api/clients/${clientId}/contacts`, { name: 'Élise Fontaine', email })).json() as { id: string }));
    const ticket = (await api(admin, 'POST', '/api/tickets', { clientId, subject, description: 'Elle ne répond plus.', requesterContactId: contact.id })).json();
    return { email, contact, ticket };
  }

  beforeAll(async () => {
    // the mailbox polled for answers: mails then carry the signed reply address
    ctx = await createTestApp({
      LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000',
      PUBLIC_URL: 'https://support.example.test',
      IMAP_URL: `imap://${encodeURIComponent(support)}:${mailServers()!.password}@127.0.0.1:143/INBOX`,
    });
    admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
    agent = await login(ctx.app, (await makeAgent(ctx.app, {}, { name: 'Julien Moreau' })).email);
    clientId = (await makeClient(ctx.app)).id;
    await useSmtp(smtpPort());
  });
  afterAll(() => ctx?.close());

  it('delivers a reply to the contact’s mailbox, threaded, signed for answers, with the preferences link', async () => {
    const { email, ticket } = await contactWithTicket();
    await api(agent, 'POST', `/api/tickets/${ticket.id}/messages`, { body: 'Bonjour Élise,\nredémarrez-la, s’il vous plaît.' });
    const report = await send();
    expect(report.sent).toBeGreaterThanOrEqual(2);
    const mails = await waitForMail(email, () => true, { count: 2 });
    const opened = mails.find((m) => m.subject === `[#${ticket.number}] Ticket ouvert : Imprimante hors ligne`)!;
    const reply = mails.find((m) => m.subject === `[#${ticket.number}] Imprimante hors ligne`)!;
    expect(reply.text).toContain('redémarrez-la, s’il vous plaît.');
    expect(reply.html).toContain('redémarrez-la');
    const rows = await ctx.app.db.select().from(mailOutbox).where(eq(mailOutbox.ticketId, ticket.id));
    const replyRow = rows.find((r) => r.toEmail === email && r.kind === 'agent_replied')!;
    expect(replyRow).toMatchObject({ status: 'sent', attempts: 1 });
    expect(replyRow.response).toMatch(/^250 /);
    expect(reply.messageId).toBe(replyRow.messageId);
    expect(reply.inReplyTo).toBe(`<ticket.${ticket.id}@support.example.test>`);
    expect([reply.references].flat()).toContain(`<ticket.${ticket.id}@support.example.test>`);
    expect(opened.references).toEqual(reply.references);
    expect(reply.headers.get('auto-submitted')).toBe('auto-generated');
    // folded by the sender: unfold before reading it
    expect(reply.headerLines.find((h) => h.key === 'list-unsubscribe')?.line.replace(/\r\n\s+/g, ' ')).toMatch(/^List-Unsubscribe: <https:\/\/support\.example\.test\/mail-preferences\/[\w.-]+>$/);
    expect(reply.from?.value[0]).toMatchObject({ address: support, name: 'Support Guichet' });
    expect(reply.replyTo?.value[0]?.address).toBe(support.replace('@', `+${replyRow.replyTag}@`));
  });

  it('keeps every mail while the SMTP server is down and delivers each exactly once when it is back', async () => {
    // a relay in front of Postfix stands for the network path to the server: closed = server down
    const open = new Set<net.Socket>();
    const relay = net.createServer((socket) => {
      const upstream = net.connect(smtpPort(), '127.0.0.1');
      open.add(socket).add(upstream);
      socket.pipe(upstream).pipe(socket);
      const close = () => (socket.destroy(), upstream.destroy());
      socket.on('error', close);
      upstream.on('error', close);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const port = (relay.address() as net.AddressInfo).port;
    await new Promise((resolve) => relay.close(resolve));
    await useSmtp(port);
    const email = newAddress('down');
    const tickets = [];
    for (let i = 0; i < 5; i++) tickets.push((await contactWithTicket(email, `Panne ${i}`)).ticket);
    const down = await send();
    expect(down.sent).toBe(0);
    expect(down.retried).toBeGreaterThanOrEqual(5);
    const waiting = await ctx.app.db.select().from(mailOutbox).where(eq(mailOutbox.toEmail, email));
    expect(waiting.every((r) => r.status === 'queued' && r.attempts === 1 && /ECONNREFUSED|connect/i.test(r.lastError ?? ''))).toBe(true);
    // not yet due: a second pass in the same minute tries nothing
    expect((await send()).retried).toBe(0);
    // the server comes back, and the retry falls due (the test moves the clock, not the rule)
    await new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve));
    try {
      await ctx.app.db.execute(sql`update mail_outbox set next_attempt_at = now() where status = 'queued'`);
      expect((await send()).sent).toBeGreaterThanOrEqual(5);
      await send();
      const got = await waitForMail(email, (m) => /Panne \d/.test(m.subject ?? ''), { count: 5 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await readMailbox(email)).length).toBe(got.length);
      expect(new Set(got.map((m) => m.subject)).size).toBe(5);
      const rows = await ctx.app.db.select().from(mailOutbox).where(eq(mailOutbox.toEmail, email));
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 2)).toBe(true);
    } finally {
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => relay.close(resolve));
      await useSmtp(smtpPort());
    }
  });

  it('keeps a refused mail as failed with the server’s answer, and sends it again on demand', async () => {
    const { ticket } = await contactWithTicket('nobody@outside.example', 'Refus');
    await send();
    const [row] = await ctx.app.db.select().from(mailOutbox).where(eq(mailOutbox.toEmail, 'nobody@outside.example'));
    expect(row).toMatchObject({ status: 'failed', attempts: 1, ticketId: ticket.id });
    expect(row!.response).toMatch(/^5\d\d /);
    const detail = (await api(admin, 'GET', `/api/mail/outbox/${row!.id}`)).json();
    expect(detail).toMatchObject({ status: 'failed', response: row!.response });
    const again = await api(admin, 'POST', `/api/mail/outbox/${row!.id}/resend`);
    expect(again.json()).toMatchObject({ status: 'queued', attempts: 0 });
  });

  it('sends each mail once when several senders run at the same time', async () => {
    const email = newAddress('many');
    for (let i = 0; i < 12; i++) await contactWithTicket(email, `Lot ${i}`);
    const reports = await Promise.all([send(), send(), send()]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(12);
    const got = await waitForMail(email, (m) => /Lot \d+/.test(m.subject ?? ''), { count: 12 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await readMailbox(email)).length).toBe(12);
    expect(new Set(got.map((m) => m.messageId)).size).toBe(12);
  });

  it('never sends twice a mail whose sender stopped mid-way: set aside as interrupted', async () => {
    const { email, ticket } = await contactWithTicket(newAddress('cut'), 'Coupure');
    await ctx.app.db.execute(sql`update mail_outbox set status = 'sending', attempts = 1, locked_until = now() - interval '1 minute' where to_email = ${email}`);
    const report = await send();
    expect(report.interrupted).toBe(1);
    const [row] = await ctx.app.db.select().from(mailOutbox).where(eq(mailOutbox.toEmail, email));
    expect(row).toMatchObject({ status: 'failed', lastError: INTERRUPTED });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readMailbox(email)).toHaveLength(0);
  });
});
