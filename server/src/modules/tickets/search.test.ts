import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeClient, makePortalContact, makeUser } from '../../../test/factories.ts';

type Item = { id: string; subject: string; client: { id: string }; match?: { field: string; excerpt: { text: string; hit: boolean }[] } | null };

let ctx: TestContext;
let admin: { cookie: string };
let contactA: { cookie: string };
let clientA: { id: string };
let clientB: { id: string };
const t = {} as Record<'printer' | 'screen' | 'plainScreen' | 'login' | 'network' | 'otherClient', string>;

const api = (as: { cookie: string }, url: string, method = 'GET', payload?: object) =>
  ctx.app.inject({ method: method as 'GET', url, headers: { cookie: as.cookie }, payload });

async function newTicket(clientId: string, subject: string, description: string) {
  const res = await api(admin, '/api/tickets', 'POST', { clientId, subject, description });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function post(ticketId: string, body: string, internal = false) {
  const res = await api(admin, `/api/tickets/${ticketId}/messages`, 'POST', { body, internal });
  expect(res.statusCode, res.body).toBe(201);
}

async function search(as: { cookie: string }, query: string): Promise<{ items: Item[]; nextCursor: string | null; counts: Record<'open' | 'in_progress' | 'resolved' | 'closed', number> }> {
  const res = await api(as, `/api/tickets?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const ids = (items: Item[]) => items.map((i) => i.id);
const excerptText = (i: Item) => i.match?.excerpt.map((s) => s.text).join('') ?? '';
const hits = (i: Item) => i.match?.excerpt.filter((s) => s.hit).map((s) => s.text.toLowerCase()) ?? [];

beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' });
  admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
  clientA = await makeClient(ctx.app, { name: 'Boulangerie Martin' });
  clientB = await makeClient(ctx.app, { name: 'Garage Dupuis' });
  contactA = await login(ctx.app, (await makePortalContact(ctx.app, clientA.id)).user.email);
  t.printer = await newTicket(clientA.id, 'Imprimante hors ligne', 'Elle ne répond plus depuis la mise à jour.');
  t.screen = await newTicket(clientA.id, 'Écran noir au démarrage', 'Le poste affiche un échec de chargement.');
  t.plainScreen = await newTicket(clientA.id, 'Ecran qui clignote', 'Depuis ce matin, sans raison.');
  t.login = await newTicket(clientA.id, 'Problème de connexion', 'Impossible d’ouvrir la session.');
  await post(t.login, 'Avez-vous redémarré l’imprimante du bureau ?');
  await post(t.login, 'Note : imprimante Zorglub facturée trop cher, ne pas le dire.', true);
  t.network = await newTicket(clientA.id, 'Lenteur du réseau', 'Tout est lent.');
  t.otherClient = await newTicket(clientB.id, 'Imprimantes en panne', 'Les deux imprimantes sont bloquées.');
});
afterAll(() => ctx.close());

describe('searching tickets', () => {
  it('finds other forms of a word (French stemming) and ranks a subject hit above a message-only hit', async () => {
    const { items } = await search(admin, 'q=imprimantes');
    expect(ids(items)).toEqual(expect.arrayContaining([t.printer, t.login, t.otherClient]));
    expect(ids(items)).not.toContain(t.network);
    expect(ids(items).indexOf(t.printer)).toBeLessThan(ids(items).indexOf(t.login));
    const printer = items.find((i) => i.id === t.printer)!;
    expect(printer.match).toMatchObject({ field: 'subject' });
    expect(hits(printer)).toEqual(['imprimante']);
    expect(items.find((i) => i.id === t.login)!.match?.field).toBe('message');
  });

  it('finds a ticket by its number (« #1042 » or « 1042 »), within what the caller may see', async () => {
    const number = (await api(admin, `/api/tickets/${t.printer}`)).json().number as number;
    expect(ids((await search(admin, `q=${encodeURIComponent(`#${number}`)}`)).items)).toEqual([t.printer]);
    expect(ids((await search(admin, `q=${number}&sort=relevance`)).items)).toEqual([t.printer]);
    const other = (await api(admin, `/api/tickets/${t.otherClient}`)).json().number as number;
    expect((await search(contactA, `q=%23${other}`)).items).toEqual([]);
  });

  it('ignores accents both ways', async () => {
    expect(ids((await search(admin, 'q=echec')).items)).toEqual([t.screen]);
    const withAccent = ids((await search(admin, `q=${encodeURIComponent('écran')}`)).items);
    const without = ids((await search(admin, 'q=ecran')).items);
    expect(withAccent.sort()).toEqual([t.screen, t.plainScreen].sort());
    expect(without.sort()).toEqual(withAccent.sort());
  });

  it('still finds a word with a typo or only its beginning', async () => {
    expect(ids((await search(admin, 'q=imprimnte')).items)).toEqual(expect.arrayContaining([t.printer, t.otherClient]));
    const partial = await search(admin, 'q=imprim');
    expect(ids(partial.items)).toEqual(expect.arrayContaining([t.printer, t.login, t.otherClient]));
    expect(hits(partial.items.find((i) => i.id === t.printer)!)).toEqual(['imprimante']);
  });

  it('finds the tickets of a client by its name', async () => {
    const { items } = await search(admin, 'q=dupuis');
    expect(ids(items)).toEqual([t.otherClient]);
    expect(items[0]!.match?.field).toBe('client');
  });

  it('combines with the list filters, and counts what it finds per status', async () => {
    expect(ids((await search(admin, `q=imprimante&clientId=${clientB.id}`)).items)).toEqual([t.otherClient]);
    expect((await search(admin, 'q=imprimante&status=closed')).items).toEqual([]);
    const open = await search(admin, 'q=imprimante&status=open');
    expect(ids(open.items)).not.toContain(t.login); // answered by an agent: in progress
    expect(open.counts.open + open.counts.in_progress).toBe(3);
    expect(open.counts.in_progress).toBe(1);
  });

  it('pages through the results by relevance without repeating or losing one', async () => {
    const all = ids((await search(admin, 'q=imprimante&limit=50')).items);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof search>> = await search(admin, `q=imprimante&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...ids(page.items));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('sorts a search by another key when asked', async () => {
    const { items } = await search(admin, 'q=imprimante&sort=createdAt');
    expect(ids(items)).toEqual([t.printer, t.login, t.otherClient]);
  });

  it('shows a short passage whole, and says with « … » where a long one was cut', async () => {
    const whole = (await search(admin, 'q=clignote')).items.find((i) => i.id === t.plainScreen)!;
    expect(excerptText(whole)).toBe('Ecran qui clignote');
    const long = await newTicket(clientA.id, 'Compte rendu', `${'Contexte sans rapport avec la question. '.repeat(12)}Le relais quadrifolié a lâché. ${'Suite du rapport sans intérêt. '.repeat(12)}`);
    const cut = (await search(admin, 'q=quadrifolié')).items.find((i) => i.id === long)!;
    expect(excerptText(cut)).toMatch(/^… .*quadrifolié.* …$/);
    expect(cut.match!.excerpt[0]).toMatchObject({ text: expect.stringMatching(/^… /), hit: false });
  });

  it('lets staff find words of internal notes, said to be in a note', async () => {
    const { items } = await search(admin, 'q=zorglub');
    expect(ids(items)).toEqual([t.login]);
    expect(items[0]!.match?.field).toBe('internal_note');
    expect(hits(items[0]!)).toEqual(['zorglub']);
  });
});

describe("a contact's search", () => {
  it("never returns another client's ticket, even when asked for", async () => {
    expect(ids((await search(contactA, 'q=imprimante')).items).sort()).toEqual([t.printer, t.login].sort());
    expect((await search(contactA, `q=imprimante&clientId=${clientB.id}`)).items.map((i) => i.client.id)).not.toContain(clientB.id);
    expect((await search(contactA, 'q=dupuis')).items).toEqual([]);
  });

  it('never matches nor shows an internal note', async () => {
    expect((await search(contactA, 'q=zorglub')).items).toEqual([]);
    const login = (await search(contactA, 'q=imprimante')).items.find((i) => i.id === t.login)!;
    expect(login.match?.field).toBe('message');
    expect(excerptText(login)).toContain('bureau');
    expect(excerptText(login)).not.toMatch(/zorglub|factur/i);
  });
});

describe('bad searches', () => {
  it.each([
    ['empty', 'q='],
    ['blank', 'q=%20%20'],
    ['too long', `q=${'a'.repeat(201)}`],
    ['relevance without words', 'sort=relevance'],
  ])('answers 400 for a %s query', async (_, query) => {
    const res = await api(admin, `/api/tickets?${query}`);
    expect(res.statusCode, res.body).toBe(400);
  });

  it('takes tsquery syntax as plain words', async () => {
    expect((await search(admin, `q=${encodeURIComponent("imprimante & | ! ( ' :*")}`)).items.length).toBeGreaterThan(0);
    expect((await search(admin, `q=${encodeURIComponent('!!!')}`)).items).toEqual([]);
  });

  it('leaves out single letters and repeated words', async () => {
    const withArticle = await search(admin, `q=${encodeURIComponent("l'imprimante")}`);
    const plain = await search(admin, 'q=imprimante');
    expect(withArticle.items.map((t: { id: string }) => t.id)).toEqual(plain.items.map((t: { id: string }) => t.id));
    const letters = await search(admin, `q=${encodeURIComponent('e x a')}`);
    expect(letters).toMatchObject({ items: [], counts: { open: 0, in_progress: 0, resolved: 0, closed: 0 } });
    const repeated = await search(admin, `q=${encodeURIComponent(Array(15).fill('imprimante').join(' '))}`);
    expect(repeated.items.map((t: { id: string }) => t.id)).toEqual(plain.items.map((t: { id: string }) => t.id));
  });
});

describe('search limits', () => {
  let limited: TestContext;
  beforeAll(async () => {
    limited = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000', SEARCH_MAX_PER_CALLER_PER_MINUTE: '3', SEARCH_TIMEOUT_MS: '1' });
  });
  afterAll(() => limited?.close());
  const get = (as: { cookie: string }, url: string) => limited.app.inject({ method: 'GET', url, headers: { cookie: as.cookie } });

  it('answers 429 past the searches a caller may make in a minute, and leaves the plain list alone', async () => {
    const agent = await login(limited.app, (await makeUser(limited.app, 'agent')).email);
    const other = await login(limited.app, (await makeUser(limited.app, 'agent')).email);
    for (let i = 0; i < 3; i++) expect((await get(agent, '/api/tickets?q=zorglub')).statusCode).not.toBe(429);
    const refused = await get(agent, '/api/tickets?q=zorglub');
    expect(refused.statusCode).toBe(429);
    expect((await get(agent, '/api/tickets')).statusCode).toBe(200);
    expect((await get(other, '/api/tickets?q=zorglub')).statusCode).not.toBe(429);
  });

  it('answers 503 when the database takes longer than SEARCH_TIMEOUT_MS (PostgreSQL; PGlite has no timer)', async () => {
    const admin = await login(limited.app, (await makeUser(limited.app, 'admin')).email);
    const client = await makeClient(limited.app);
    // 30,000 messages holding the word: finding the newest 200 takes well over a millisecond
    await limited.app.db.execute(sql`insert into tickets (client_id, subject, description) values (${client.id}, 'Lenteur', 'x')`);
    await limited.app.db.execute(sql`insert into messages (ticket_id, client_id, kind, body)
      select t.id, t.client_id, 'public', 'imprimante numéro ' || g from tickets t, generate_series(1, 30000) g where t.client_id = ${client.id}`);
    const res = await get(admin, `/api/tickets?q=${encodeURIComponent('imprimante numéro')}`);
    if (limited.database.kind === 'postgres') {
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json()).toMatchObject({ error: { code: 'search_timeout' } });
    } else {
      expect(res.statusCode, res.body).toBe(200);
    }
  });
});
