import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '../test/render';
import { ApiError, apiRequest, buildUrl, setUnauthorizedHandler } from './api';

afterEach(() => setUnauthorizedHandler(null));

describe('apiRequest', () => {
  it('maps an error body to an ApiError with status, code, message and field details', async () => {
    mockFetch(() =>
      json(
        {
          error: {
            code: 'validation_failed',
            message: 'Some fields are invalid.',
            details: [{ field: 'body.email', message: 'Invalid email address' }],
          },
        },
        400,
      ),
    );

    const error = await apiRequest('/api/clients', { method: 'POST', body: { name: '' } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'Some fields are invalid.' });
    expect((error as ApiError).fieldProblems).toEqual([{ field: 'body.email', message: 'Invalid email address' }]);
  });

  it('falls back to the HTTP status when the body is not the error shape', async () => {
    mockFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(apiRequest('/api/health')).rejects.toMatchObject({ status: 502, code: 'http_502' });
  });

  it('reports a network failure as status 0, code network_error', async () => {
    globalThis.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    await expect(apiRequest('/api/health')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('sends JSON with the session cookie and returns the parsed body', async () => {
    const calls = mockFetch(() => json({ id: 'c1', name: 'Acme' }, 201));
    const created = await apiRequest<{ name: string }>('/api/clients', { method: 'POST', body: { name: 'Acme' } });

    expect(created.name).toBe('Acme');
    const init = calls[0]?.init;
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"name":"Acme"}');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('sends FormData as multipart (no JSON content type) and resolves 204 to undefined', async () => {
    const calls = mockFetch(() => new Response(null, { status: 204 }));
    const form = new FormData();
    form.append('file', new Blob(['a;b']), 'clients.csv');

    await expect(apiRequest('/api/clients/import', { method: 'POST', body: form })).resolves.toBeUndefined();
    expect(calls[0]?.init?.body).toBe(form);
    expect((calls[0]?.init?.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('signs the user out on 401, except when the caller handles it (login)', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    mockFetch(() => json({ error: { code: 'unauthenticated', message: 'Sign in first.' } }, 401));

    await expect(apiRequest('/api/clients')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    await expect(apiRequest('/api/auth/login', { method: 'POST', signOutOnUnauthorized: false })).rejects.toThrow();
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});

describe('buildUrl', () => {
  it('drops empty parameters and encodes the others', () => {
    expect(buildUrl('/api/clients', { q: 'Dupont & fils', cursor: undefined, active: '', limit: 25 })).toBe(
      '/api/clients?q=Dupont+%26+fils&limit=25',
    );
    expect(buildUrl('/api/clients')).toBe('/api/clients');
  });
});
