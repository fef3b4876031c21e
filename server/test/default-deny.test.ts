import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from './context.ts';

/** The only /api routes that answer without credentials (API.md). */
/** API.md's public routes, and the links of mails (a signed token is their key: tested in the mail tests). */
const PUBLIC_API_ROUTES = [
  'GET /api/health',
  'POST /api/auth/login',
  'GET /api/openapi.json',
  'GET /api/public/mail-preferences/:token',
  'PUT /api/public/mail-preferences/:token',
  'GET /api/public/rating/:token',
  'PUT /api/public/rating/:token',
];

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const fill = (url: string) => url.replace(/:(\w+)/g, (_, name: string) => (name.toLowerCase().includes('ref') ? 'REF-1' : '00000000-0000-4000-8000-000000000000'));

describe('default deny on /api', () => {
  it('answers 401 on every registered non-public route when no credentials are sent', async () => {
    const apiRoutes = ctx.app.routeList.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    const privateRoutes = apiRoutes.filter((r) => !r.public);
    expect(privateRoutes.length).toBeGreaterThan(10);
    for (const route of privateRoutes) {
      const res = await ctx.app.inject({ method: route.method as 'GET', url: fill(route.url), payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });

  it('marks exactly the routes API.md lists as public', () => {
    const publicRoutes = ctx.app.routeList.filter((r) => r.public).map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_API_ROUTES].sort());
  });

  it('answers 401 for unknown or percent-encoded /api paths without credentials', async () => {
    for (const url of ['/api/nothing-here', '/api/%63lients', '/%61pi/clients', '/api//clients']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
    }
  });

  it('refuses a malformed or unknown bearer token', async () => {
    for (const authorization of ['Bearer', 'Basic abc', 'Bearer gch_unknown']) {
      const res = await ctx.app.inject({ method: 'GET', url: '/api/clients', headers: { authorization } });
      expect(res.statusCode, authorization).toBe(401);
    }
  });

  it('serves the OpenAPI document and the reference without credentials', async () => {
    const doc = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths);
    expect(paths).toContain('/api/clients/by-ref/{externalRef}');
    expect(paths).toContain('/api/auth/login');
    const ui = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
  });

  it('says which database is in use on /api/health', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toMatchObject({ status: 'ok', database: ctx.database.kind });
  });
});
