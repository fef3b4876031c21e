import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeClient, makeUser } from '../../../test/factories.ts';

let ctx: TestContext;
let admin: { cookie: string };
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
});
afterAll(() => ctx.close());

function multipart(csv: string | Buffer, filename = 'clients.csv') {
  const boundary = '----guichet-test';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.isBuffer(csv) ? csv : Buffer.from(csv),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { cookie: admin.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const importCsv = (csv: string | Buffer) => ctx.app.inject({ method: 'POST', url: '/api/clients/import', ...multipart(csv) });
const byRef = async (ref: string) => (await ctx.app.db.select().from(clients).where(eq(clients.externalRef, ref)))[0];

describe('CSV import of clients', () => {
  it('creates and updates by reference and reports every row, bad rows never stopping good ones', async () => {
    await makeClient(ctx.app, { externalRef: 'IMP-EXIST', name: 'Old name' });
    const csv = [
      'externalRef,name,email,city,active',
      'IMP-1,Garage Lemoine,garage@lemoine.fr,Rennes,oui',
      'IMP-EXIST,New name,,Brest,true',
      'IMP-2,,x@y.fr,,',
      'IMP-3,Bad mail,not-an-email,,',
      'IMP-DUP,First,,,',
      ',No reference,,,',
      'IMP-DUP,Second,,,',
      'IMP-4,"Quoted, with comma",,Paris,non',
    ].join('\n');
    const res = await importCsv(csv);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ created: 2, updated: 1, unchanged: 0, rejected: 5 });
    const byLine = Object.fromEntries(report.rows.map((r: { line: number }) => [r.line, r]));
    expect(byLine[2]).toMatchObject({ result: 'created', externalRef: 'IMP-1' });
    expect(byLine[3]).toMatchObject({ result: 'updated' });
    expect(byLine[4].errors[0]).toMatchObject({ field: 'name', code: 'missing_name' });
    expect(byLine[5].errors[0]).toMatchObject({ field: 'email', code: 'invalid_email' });
    expect(byLine[6].errors[0].code).toBe('duplicate_in_file');
    expect(byLine[7].errors[0].code).toBe('missing_reference');
    expect(byLine[8].errors[0].code).toBe('duplicate_in_file');
    expect(byLine[9]).toMatchObject({ result: 'created' });

    expect(await byRef('IMP-1')).toMatchObject({ name: 'Garage Lemoine', city: 'Rennes', active: true });
    expect(await byRef('IMP-EXIST')).toMatchObject({ name: 'New name', city: 'Brest' });
    expect(await byRef('IMP-4')).toMatchObject({ name: 'Quoted, with comma', active: false });
    for (const ref of ['IMP-2', 'IMP-3', 'IMP-DUP']) expect(await byRef(ref)).toBeUndefined();
  });

  it('is idempotent: importing the same file again leaves every row unchanged', async () => {
    const csv = 'externalRef;name;phone\nIDEM-1;Cabinet Roux;0102030405\nIDEM-2;Pharmacie Blanc;\n';
    expect((await importCsv(csv)).json()).toMatchObject({ created: 2 });
    expect((await importCsv(csv)).json()).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
  });

  it('accepts a text/csv body, a BOM and a Windows-1252 file', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/clients/import',
      headers: { cookie: admin.cookie, 'content-type': 'text/csv' },
      payload: '\uFEFFexternalRef,name\nTXT-1,Société Générale de Café\n',
    });
    expect(res.json()).toMatchObject({ created: 1 });
    expect((await byRef('TXT-1'))!.name).toBe('Société Générale de Café');
    const latin1 = Buffer.from('externalRef,name\nW1252-1,Crêperie Bégué\n', 'latin1');
    expect((await importCsv(latin1)).json()).toMatchObject({ created: 1 });
    expect((await byRef('W1252-1'))!.name).toBe('Crêperie Bégué');
  });

  it('refuses a file with unknown or missing columns as a whole, writing nothing', async () => {
    const before = (await ctx.app.db.select({ n: count() }).from(clients))[0]!.n;
    const unknown = await importCsv('externalRef,name,colour\nU-1,X,red\n');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('unknown_columns');
    const missing = await importCsv('name\nX\n');
    expect(missing.json().error.code).toBe('missing_columns');
    expect((await ctx.app.db.select({ n: count() }).from(clients))[0]!.n).toBe(before);
  });

  it('is for admins only', async () => {
    const agent = await login(ctx.app, (await makeUser(ctx.app, 'agent')).email);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/clients/import',
      headers: { cookie: agent.cookie, 'content-type': 'text/csv' },
      payload: 'externalRef,name\nAG-1,X\n',
    });
    expect(res.statusCode).toBe(404);
    expect(await byRef('AG-1')).toBeUndefined();
  });
});

describe('CSV import limits', () => {
  it('refuses a file over the row limit without parsing it all', async () => {
    const csv = `externalRef,name\n${'a,b\n'.repeat(25_000)}`;
    const res = await importCsv(csv);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('too_many_rows');
  });
});
