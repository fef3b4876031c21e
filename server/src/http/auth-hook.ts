import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { authenticate, SESSION_COOKIE, type AuthSettings } from '../modules/auth/service.ts';
import type { Actor } from './actor.ts';
import { AppError } from './errors.ts';

export const authSettings = (config: Config): AuthSettings => ({
  sessionTtlMs: config.sessionTtlMs,
  maxFailuresPerAccount: config.login.maxFailuresPerAccount,
  failureWindowMs: config.login.failureWindowMs,
});

/** Paths under /api that answer without credentials besides routes marked `config.public`. */
const PUBLIC_PREFIXES = ['/api/docs'];

export function setSessionCookie(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, value: string, expires: Date) {
  const secure = app.config.cookieSecure === 'auto' ? request.protocol === 'https' : app.config.cookieSecure;
  reply.setCookie(SESSION_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * SameSite=Lax does not stop a sibling subdomain from posting a form with the session cookie:
 * writes made with a cookie must come from this origin (browsers send Sec-Fetch-Site / Origin).
 */
function crossSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    try {
      return new URL(origin).host !== request.headers.host;
    } catch {
      return true;
    }
  }
  return false;
}

/** Default deny: every `/api` request needs a session or an API token unless its route is public. */
export function registerAuthHook(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  const settings = authSettings(app.config);
  app.addHook('onRequest', async (request, reply) => {
    // Decide on the route that matched (not the raw URL, which may be encoded); unmatched paths
    // under /api are refused too, so probing unknown routes learns nothing.
    const path = request.routeOptions.url ?? safeDecode(request.url.split('?')[0]!).toLowerCase();
    if (path !== '/api' && !path.startsWith('/api/')) return;
    if (request.routeOptions.config?.public) return;
    if (PUBLIC_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return;

    const header = request.headers.authorization;
    let bearer: string | undefined;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match) throw new AppError(401, 'unauthenticated', 'Malformed Authorization header; use "Bearer <token>".');
      bearer = match[1];
    }
    const result = await authenticate(app.db, settings, { bearer, cookie: request.cookies[SESSION_COOKIE] });
    if (!result) throw new AppError(401, 'unauthenticated', 'Sign in, or send a valid API token.');
    if (result.actor.via === 'session' && !SAFE_METHODS.has(request.method) && crossSite(request)) {
      throw new AppError(403, 'cross_site_request', 'This request comes from another site and was refused.');
    }
    request.actor = result.actor;
    if (result.renewedUntil) setSessionCookie(app, request, reply, request.cookies[SESSION_COOKIE]!, result.renewedUntil);
  });
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Rate-limit key: the signed-in caller (a team behind one NAT shares an address), else the address. */
export const perCaller = (request: FastifyRequest) => request.actor?.userId ?? request.actor?.tokenId ?? request.ip;

/** The caller of a private route (the hook guarantees there is one). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError(401, 'unauthenticated', 'Sign in, or send a valid API token.');
  return request.actor;
}
