import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { attachments, inboundMails, mailOutbox, messages, tickets } from '../../../db/schema.ts';
import { createTestApp, type TestContext } from '../../../../test/context.ts';
import { login, makeAgent, makeClient, makeUser, PNG_BYTES, setSettings } from '../../../../test/factories.ts';
import { mailServers, newAddress, readMailbox, sendTestMail, waitForMail } from '../../../../test/mailbox.ts';
import { describeWithMail } from '../../../../test/mail-servers.ts';
import { FileStore } from '../../attachments/files.ts';
import { sendDueMails } from '../sender.ts';
import { pollMailboxOnce } from './poller.ts';

/**
 * Mail in, through the real Postfix and Dovecot: a contact's mail becomes a ticket, their answers
 * messages on it, and what is not a person of the ticket's client goes to quarantine.
 */
describeWithMail('taking mail in from the support mailbox', () => {
  let ctx: TestContext;
  let admin: { cookie: string };
  let agent: { cookie: string };
  let store: FileStore;
  const support = newAddress('support');
  const elise = newAddress('elise');
  const paul = newAddress('paul');
  let clientA: { id: string };
  let eliseContact: { id: string };
  const api = (as: { cookie: string }, method: string, url: string, payload?: unknown) =>
    ctx.app.inject({ method: method as 'GET', url, headers: { cookie: as.cookie }, payload: payload as object });
  /** Wait until Dovecot holds `count` mails, then take them in. */
  const deliverAndPoll = async (count: number) => {
    await waitForMail(support, () => true, { count });
    return pollMailboxOnce(ctx.app.db, ctx.config, store);
  };
  let delivered = 0;
  const mailToSupport = async (mail: Parameters<typeof sendTestMail>[0]) => {
    const id = await sendTestMail(mail);
    delivered++;
    return id;
  };
  const ticketOf = async (inboundId: string) => {
    const [row] = await ctx.app.db.select().from(inboundMails).where(eq(inboundMails.id, inboundId));
    return row!;
  };
  const inboundByMessageId = async (messageId: string) => (await ctx.app.db.select().from(inboundMails).where(eq(inboundMails.messageId, messageId)))[0];

  beforeAll(async () => {
    const { password } = mailServers()!;
    ctx = await createTestApp({
      LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000',
      PUBLIC_URL: 'https://support.example.test',
      IMAP_URL: `imap://${encodeURIComponent(support)}:${password}@127.0.0.1:143/INBOX`,
      SMTP_URL: 'smtp://127.0.0.1:25?tls=none',
      MAIL_FROM: `Support <${support}>`,
    });
    store = new FileStore(ctx.config.filesDir);
    admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
    agent = await login(ctx.app, (await makeAgent(ctx.app, {}, { name: 'Julien Moreau' })).email);
    clientA = await makeClient(ctx.app, { name: 'Transports Fontaine' });
    eliseContact = (await api(admin, 'POST', `/api/clients/${clientA.id}/contacts`, { name: 'Élise Fontaine', email: elise })).json();
    const clientB = await makeClient(ctx.app, { name: 'Imprimerie Dubois' });
    await api(admin, 'POST', `/api/clients/${clientB.id}/contacts`, { name: 'Paul Dubois', email: paul });
  });
  afterAll(() => ctx?.close());

  it('runs a whole ticket by mail: opened, acknowledged, answered both ways, resolved and rated from the mail', async () => {
    const first = await mailToSupport({ from: `Élise Fontaine <${elise}>`, to: support, subject: 'Imprimante hors ligne', text: 'Bonjour,\nl’imprimante du 2e étage ne répond plus.\n\nÉlise' });
    const report = await deliverAndPoll(delivered);
    expect(report).toMatchObject({ tickets: 1, failed: 0 });
    const taken = (await inboundByMessageId(first))!;
    expect(taken).toMatchObject({ status: 'ticket', contactId: eliseContact.id, fromEmail: elise });
    const ticket = (await api(agent, 'GET', `/api/tickets/${taken.ticketId}`)).json();
    expect(ticket).toMatchObject({ subject: 'Imprimante hors ligne', source: 'mail', priority: 'normal', requesterContact: { id: eliseContact.id }, client: { id: clientA.id } });
    expect(ticket.description).toContain('l’imprimante du 2e étage ne répond plus.');
    expect(ticket.originalMailId).toBe(taken.id);
    expect((await api(agent, 'GET', `/api/tickets?q=%23${ticket.number}`)).json().items.map((i: { id: string }) => i.id)).toEqual([ticket.id]);
    expect(ticket.assignee).not.toBeNull();
    // the acknowledgement, with its number, threaded under her own mail
    await sendDueMails(ctx.app.db, ctx.config);
    const [ack] = await waitForMail(elise, (m) => m.subject === `[#${ticket.number}] Ticket ouvert : Imprimante hors ligne`);
    expect(ack!.inReplyTo).toBe(first);
    expect(ack!.text).toContain(`#${ticket.number}`);
    // the agent answers; Élise answers the mail from her mail client, quoting it
    await api(agent, 'POST', `/api/tickets/${ticket.id}/messages`, { body: 'Bonjour Élise, pouvez-vous la redémarrer ?' });
    await sendDueMails(ctx.app.db, ctx.config);
    const [reply] = await waitForMail(elise, (m) => m.subject === `[#${ticket.number}] Imprimante hors ligne`);
    expect(reply!.replyTo?.value[0]?.address).toMatch(/^support-[0-9a-f]+\+t\d+-[0-9a-f]{12}@guichet\.test$/);
    const quoted = reply!.text!.split('\n').map((l) => `> ${l}`).join('\n');
    await mailToSupport({
      from: elise,
      to: reply!.replyTo!.value[0]!.address!,
      subject: `RE: ${reply!.subject}`,
      inReplyTo: reply!.messageId,
      references: [...[reply!.references ?? []].flat(), reply!.messageId!],
      text: `C’est reparti, merci !\n\nLe 5 déc. 2026 à 10:00, Support <${support}> a écrit :\n${quoted}`,
    });
    expect(await deliverAndPoll(delivered)).toMatchObject({ replies: 1 });
    const discussion = (await api(agent, 'GET', `/api/tickets/${ticket.id}/messages`)).json().items;
    const answer = discussion.at(-1);
    expect(answer).toMatchObject({ body: 'C’est reparti, merci !', author: { id: eliseContact.id, name: 'Élise Fontaine', role: 'contact' } });
    // the whole original stays one click away, for staff
    const original = (await api(agent, 'GET', `/api/mail/inbound/${answer.inboundMailId}`)).json();
    expect(original.text).toContain('pouvez-vous la redémarrer ?');
    const raw = await api(agent, 'GET', `/api/mail/inbound/${answer.inboundMailId}/raw`);
    expect(raw.headers['content-type']).toBe('message/rfc822');
    expect(raw.body).toContain(`In-Reply-To: ${reply!.messageId}`);
    // the assignee is told
    const told = await ctx.app.db.select().from(mailOutbox).where(eq(mailOutbox.ticketId, ticket.id));
    expect(told.some((m) => m.kind === 'client_replied' && m.textBody.includes('C’est reparti, merci !'))).toBe(true);
    // resolved: the mail carries « Évaluer », which rates without signing in
    const current = (await api(agent, 'GET', `/api/tickets/${ticket.id}`)).json();
    await api(agent, 'PATCH', `/api/tickets/${ticket.id}`, { version: current.version, status: 'resolved' });
    await sendDueMails(ctx.app.db, ctx.config);
    const [resolved] = await waitForMail(elise, (m) => m.subject === `[#${ticket.number}] Résolu : Imprimante hors ligne`);
    const token = /\/rate\/([\w.-]+)/.exec(resolved!.text!)![1]!;
    const rated = await ctx.app.inject({ method: 'PUT', url: `/api/public/rating/${token}`, payload: { stars: 5, comment: 'Parfait' } });
    expect(rated.statusCode, rated.body).toBe(200);
    expect((await api(agent, 'GET', `/api/tickets/${ticket.id}`)).json().rating).toMatchObject({ stars: 5, comment: 'Parfait' });
  });

  it('finds the ticket from [#number] in the subject for its client’s people only, and quarantines strangers and other clients', async () => {
    const t = (await api(admin, 'POST', '/api/tickets', { clientId: clientA.id, subject: 'VPN', description: 'Coupé', requesterContactId: eliseContact.id })).json();
    const mine = await mailToSupport({ from: elise, to: support, subject: `Re: [#${t.number}] VPN`, text: 'Toujours coupé.' });
    const other = await mailToSupport({ from: paul, to: support, subject: `[#${t.number}] VPN`, text: 'Je m’invite.' });
    const stranger = await mailToSupport({ from: 'inconnu@ailleurs.test', to: support, subject: 'Bonjour', text: 'Qui êtes-vous ?' });
    await deliverAndPoll(delivered);
    expect(await inboundByMessageId(mine)).toMatchObject({ status: 'reply', ticketId: t.id });
    expect(await inboundByMessageId(other)).toMatchObject({ status: 'quarantined', reason: 'other_client', ticketId: null });
    expect(await inboundByMessageId(stranger)).toMatchObject({ status: 'quarantined', reason: 'unknown_sender' });
    const bodies = (await api(agent, 'GET', `/api/tickets/${t.id}/messages`)).json().items.map((m: { body: string }) => m.body);
    expect(bodies).toContain('Toujours coupé.');
    expect(bodies).not.toContain('Je m’invite.');
    const quarantine = (await api(admin, 'GET', '/api/mail/inbound?status=quarantined')).json().items.map((m: { messageId: string }) => m.messageId);
    expect(quarantine).toEqual(expect.arrayContaining([other, stranger]));
    expect((await api(agent, 'GET', '/api/mail/inbound')).statusCode).toBe(404);
  });

  it('lets an admin accept a stranger as a client’s contact, attach a mail to a ticket, or delete it', async () => {
    const t = (await api(admin, 'POST', '/api/tickets', { clientId: clientA.id, subject: 'Badge', description: 'Perdu', requesterContactId: eliseContact.id })).json();
    const newcomer = newAddress('nouveau');
    const fromNewcomer = await mailToSupport({ from: `Nina Nouvelle <${newcomer}>`, to: support, subject: 'Accès au portail', text: 'Je viens d’arriver.' });
    const fromPaul = await mailToSupport({ from: 'accueil@prestataire.test', to: support, subject: 'Info pour le badge', text: 'Le badge est chez nous.' });
    const spam = await mailToSupport({ from: 'promo@ailleurs.test', to: support, subject: 'Promo', text: 'Achetez' });
    await deliverAndPoll(delivered);
    const [a, b, c] = await Promise.all([fromNewcomer, fromPaul, spam].map(async (id) => (await inboundByMessageId(id))!));
    const accepted = await api(admin, 'POST', `/api/mail/inbound/${a!.id}/action`, { action: 'accept_contact', clientId: clientA.id });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'ticket' });
    const created = (await api(admin, 'GET', `/api/tickets/${accepted.json().ticket.id}`)).json();
    expect(created).toMatchObject({ subject: 'Accès au portail', requesterContact: { name: 'Nina Nouvelle', email: newcomer } });
    const attached = await api(admin, 'POST', `/api/mail/inbound/${b!.id}/action`, { action: 'attach', ticketId: t.id });
    expect(attached.statusCode, attached.body).toBe(200);
    expect(attached.json()).toMatchObject({ status: 'reply', ticket: { id: t.id } });
    const note = (await api(agent, 'GET', `/api/tickets/${t.id}/messages`)).json().items.at(-1);
    expect(note).toMatchObject({ kind: 'internal' });
    expect(note.body).toContain('Le badge est chez nous.');
    const deleted = await api(admin, 'POST', `/api/mail/inbound/${c!.id}/action`, { action: 'delete' });
    expect(deleted.json()).toMatchObject({ status: 'deleted', hasRaw: false });
    expect((await api(admin, 'POST', `/api/mail/inbound/${c!.id}/action`, { action: 'delete' })).statusCode).toBe(409);
    expect((await api(agent, 'POST', `/api/mail/inbound/${a!.id}/action`, { action: 'delete' })).statusCode).toBe(404);
  });

  it('takes a mail delivered twice in once, and sets aside out-of-office answers and bounces', async () => {
    const messageId = `<twice-${randomBytes(4).toString('hex')}@client.test>`;
    const raw = `From: ${elise}\r\nTo: ${support}\r\nSubject: Deux fois\r\nMessage-ID: ${messageId}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nUne seule fois, svp.\r\n`;
    await mailToSupport({ from: elise, to: support, raw });
    await mailToSupport({ from: elise, to: support, raw });
    const ooo = await mailToSupport({ from: elise, to: support, subject: 'Réponse automatique : absente', text: 'Je suis absente.', headers: { 'Auto-Submitted': 'auto-replied' } });
    const bounceId = `<bounce-${randomBytes(4).toString('hex')}@mx.guichet.test>`;
    const bounce = [
      `From: Mail Delivery System <MAILER-DAEMON@mx.guichet.test>`,
      `To: ${support}`,
      `Subject: Undelivered Mail Returned to Sender`,
      `Message-ID: ${bounceId}`,
      `Content-Type: multipart/report; report-type=delivery-status; boundary="b1"`,
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.guichet.test',
      '',
      'Final-Recipient: rfc822; nobody@client.test',
      'Action: failed',
      'Status: 5.1.1',
      '--b1--',
      '',
    ].join('\r\n');
    await mailToSupport({ from: '', to: support, raw: bounce });
    const report = await deliverAndPoll(delivered);
    expect(report.duplicates).toBe(1);
    expect((await ctx.app.db.select().from(inboundMails).where(eq(inboundMails.messageId, messageId))).length).toBe(1);
    expect((await ctx.app.db.select().from(tickets).where(eq(tickets.subject, 'Deux fois'))).length).toBe(1);
    expect(await inboundByMessageId(ooo)).toMatchObject({ status: 'quarantined', reason: 'auto_reply' });
    expect(await inboundByMessageId(bounceId)).toMatchObject({ status: 'quarantined', reason: 'bounce' });
  });

  it('shows an HTML-only mail as text, script and all never markup, and goes on past a broken mail', async () => {
    const html = await mailToSupport({ from: elise, to: support, subject: 'Page blanche', html: '<p>Bonjour <b>équipe</b>,</p><script>alert("xss")</script><p>la page reste blanche.</p><img src=x onerror=alert(1)>' });
    const broken = `<broken-${randomBytes(4).toString('hex')}@client.test>`;
    await mailToSupport({
      from: elise,
      to: support,
      raw: `From: ${elise}\r\nTo: ${support}\r\nSubject: =?utf-8?B?###?=\r\nMessage-ID: ${broken}\r\nContent-Type: multipart/mixed; boundary="missing"\r\nContent-Transfer-Encoding: base64\r\n\r\n--other\r\n\u0000\u0001garbage\r\n`,
    });
    const after = await mailToSupport({ from: elise, to: support, subject: 'Après le mail cassé', text: 'Toujours là.' });
    await deliverAndPoll(delivered);
    const t = (await ticketOf((await inboundByMessageId(html))!.id)).ticketId!;
    const [ticket] = await ctx.app.db.select().from(tickets).where(eq(tickets.id, t));
    expect(ticket!.description).toContain('Bonjour équipe,');
    expect(ticket!.description).toContain('la page reste blanche.');
    expect(ticket!.description).not.toMatch(/<script|<img|onerror/i);
    // the broken one is recorded (taken in as it could be read, or set aside) and stopped nothing
    expect(await inboundByMessageId(broken)).toBeDefined();
    expect(await inboundByMessageId(after)).toMatchObject({ status: 'ticket' });
  });

  it('streams attachments through the content checks: 50 files, and a 20 MB one within the size setting', async () => {
    const fifty = Array.from({ length: 50 }, (_, i) => ({ filename: `journal-${i}.txt`, content: `ligne ${i}\n` }));
    const many = await mailToSupport({ from: elise, to: support, subject: 'Cinquante journaux', text: 'Ci-joints.', attachments: [...fifty, { filename: 'outil.exe', content: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]) }] });
    const big = Buffer.concat([PNG_BYTES, randomBytes(20 * 1024 * 1024)]);
    const tooBig = await mailToSupport({ from: elise, to: support, subject: 'Capture trop lourde', text: 'Voir capture.', attachments: [{ filename: 'capture.png', content: big }] });
    await deliverAndPoll(delivered);
    const manyTicket = (await inboundByMessageId(many))!.ticketId!;
    const files = await ctx.app.db.select().from(attachments).where(eq(attachments.ticketId, manyTicket));
    expect(files).toHaveLength(50);
    expect(files.every((f) => f.contentType === 'text/plain')).toBe(true);
    const [manyRow] = await ctx.app.db.select().from(tickets).where(eq(tickets.id, manyTicket));
    expect(manyRow!.description).toContain('[Pièce jointe refusée : outil.exe (type non accepté)]');
    const [tooBigRow] = await ctx.app.db.select().from(tickets).where(eq(tickets.id, (await inboundByMessageId(tooBig))!.ticketId!));
    expect(tooBigRow!.description).toContain('[Pièce jointe refusée : capture.png (trop volumineuse)]');
    // within a larger size setting, the same file goes through whole
    await setSettings(ctx.app, { maxFileBytes: 25 * 1024 * 1024 });
    const fits = await mailToSupport({ from: elise, to: support, subject: 'Capture acceptée', text: 'Voir capture.', attachments: [{ filename: 'capture.png', content: big }] });
    await deliverAndPoll(delivered);
    const [kept] = await ctx.app.db.select().from(attachments).where(eq(attachments.ticketId, (await inboundByMessageId(fits))!.ticketId!));
    expect(kept).toMatchObject({ contentType: 'image/png', sizeBytes: big.length });
    const download = await api(agent, 'GET', `/api/attachments/${kept!.id}?download=1`);
    expect(download.rawPayload.equals(big)).toBe(true);
    await setSettings(ctx.app, { maxFileBytes: 10 * 1024 * 1024 });
  });

  it('never lets one mail stop the mailbox: a NUL byte, an endless Message-ID, a reused Message-ID', async () => {
    const nul = await mailToSupport({ from: 'robot@ailleurs.test', to: support, subject: '=?utf-8?B?YQBi?=', text: 'a\u0000b' });
    const longId = `<${'x'.repeat(20_000)}@client.test>`;
    await mailToSupport({ from: elise, to: support, raw: `From: ${elise}\r\nTo: ${support}\r\nSubject: Long id\r\nMessage-ID: ${longId}\r\n\r\nCorps.\r\n` });
    const reused = await mailToSupport({ from: 'pirate@ailleurs.test', to: support, subject: 'Piège', text: 'x' });
    await mailToSupport({ from: elise, to: support, raw: `From: ${elise}\r\nTo: ${support}\r\nSubject: Même identifiant\r\nMessage-ID: ${reused}\r\n\r\nVraie demande.\r\n` });
    const after = await mailToSupport({ from: elise, to: support, subject: 'Et la suivante', text: 'Bien arrivée ?' });
    await deliverAndPoll(delivered);
    expect(await inboundByMessageId(nul)).toMatchObject({ status: 'quarantined', reason: 'unknown_sender', subject: 'ab' });
    expect((await ctx.app.db.select().from(tickets).where(eq(tickets.subject, 'Long id'))).length).toBe(1);
    expect((await ctx.app.db.select().from(tickets).where(eq(tickets.subject, 'Même identifiant'))).length).toBe(1);
    expect(await inboundByMessageId(after)).toMatchObject({ status: 'ticket' });
  });

  it('needs more than a guessable [#number] from a colleague who is not on the ticket', async () => {
    const colleague = newAddress('collegue');
    await api(admin, 'POST', `/api/clients/${clientA.id}/contacts`, { name: 'Colin Collègue', email: colleague });
    const t = (await api(admin, 'POST', '/api/tickets', { clientId: clientA.id, subject: 'Compta', description: 'Accès', requesterContactId: eliseContact.id })).json();
    const guess = await mailToSupport({ from: colleague, to: support, subject: `[#${t.number}] Compta`, text: 'Je me greffe.' });
    await deliverAndPoll(delivered);
    expect(await inboundByMessageId(guess)).toMatchObject({ status: 'quarantined', reason: 'unverified_reference' });
  });

  it('handles a quarantined mail once when two admins act at the same moment', async () => {
    const id = await mailToSupport({ from: newAddress('double'), to: support, subject: 'Double clic', text: 'Une fois.' });
    await deliverAndPoll(delivered);
    const row = (await inboundByMessageId(id))!;
    const answers = await Promise.all([1, 2].map(() => api(admin, 'POST', `/api/mail/inbound/${row.id}/action`, { action: 'accept_contact', clientId: clientA.id })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect((await ctx.app.db.select().from(tickets).where(eq(tickets.subject, 'Double clic'))).length).toBe(1);
  });

  it('acknowledges a ticket by mail to a sender who also has a portal login', async () => {
    const address = newAddress('portail');
    const contact = (await api(admin, 'POST', `/api/clients/${clientA.id}/contacts`, { name: 'Paula Portail', email: address, portalPassword: 'un-mot-de-passe-long' })).json();
    expect(contact.portalAccess).toBe('active');
    const id = await mailToSupport({ from: address, to: support, subject: 'Avec un compte', text: 'J’ai aussi le portail.' });
    await deliverAndPoll(delivered);
    const ticketId = (await inboundByMessageId(id))!.ticketId!;
    const acks = await ctx.app.db.select().from(mailOutbox).where(eq(mailOutbox.ticketId, ticketId));
    expect(acks.filter((m) => m.kind === 'ticket_opened' && m.toEmail === address)).toHaveLength(1);
  });

  it('takes each mail in once when several pollers run at the same time', async () => {
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await mailToSupport({ from: elise, to: support, subject: `Lot ${i}`, text: `Demande ${i}` }));
    await waitForMail(support, () => true, { count: delivered });
    const reports = await Promise.all([1, 2, 3].map(() => pollMailboxOnce(ctx.app.db, ctx.config, store)));
    expect(reports.reduce((n, r) => n + r.tickets, 0)).toBe(6);
    for (const id of ids) expect((await ctx.app.db.select().from(inboundMails).where(eq(inboundMails.messageId, id))).length).toBe(1);
    expect((await pollMailboxOnce(ctx.app.db, ctx.config, store)).taken).toBe(0);
    expect((await readMailbox(support)).length).toBe(delivered);
    const withMessages = await ctx.app.db.select().from(messages).where(eq(messages.inboundMailId, (await inboundByMessageId(ids[0]!))!.id));
    expect(withMessages).toHaveLength(0);
  });
});
