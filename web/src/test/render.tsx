import type { Me } from '@guichet/contract/auth';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '../app/providers';
import { setMe } from '../lib/auth';
import { createQueryClient } from '../lib/query-client';

export const adminMe: Me = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'admin@example.test',
  name: 'Alice Admin',
  role: 'admin',
  locale: 'fr',
  clientId: null,
  clientName: null,
};

export const contactMe: Me = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'claire@acme.test',
  name: 'Claire Contact',
  role: 'contact',
  locale: 'fr',
  clientId: '00000000-0000-4000-8000-0000000000c1',
  clientName: 'Acme SARL',
};

interface RenderOptions {
  /** The signed-in user put in the cache before rendering (skip the session call). */
  me?: Me | null;
  path?: string;
  initialEntry?: string;
}

/** Renders one element under a route, with the app's providers and a fresh cache. */
export function renderPage(element: ReactElement, { me, path = '/', initialEntry = path }: RenderOptions = {}) {
  return renderRoutes([{ path, element }], { me, initialEntry });
}

/** Renders a route table (e.g. the app's own) in memory. */
export function renderRoutes(routes: RouteObject[], { me, initialEntry = '/' }: Omit<RenderOptions, 'path'> = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  if (me !== undefined) setMe(queryClient, me);
  const router = createMemoryRouter(routes, { initialEntries: [initialEntry] });
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Replaces `fetch` with a function of the URL; returns the mock to inspect calls. */
export function mockFetch(handler: Handler) {
  const calls: { url: URL; init: RequestInit | undefined }[] = [];
  const fetchMock = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    calls.push({ url, init });
    return handler(url, init);
  };
  globalThis.fetch = fetchMock as typeof fetch;
  return calls;
}
