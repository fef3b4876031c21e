import { LoginBody, Me, UpdateMeBody } from '@guichet/contract/auth';
import { ErrorBody } from '@guichet/contract/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, authSettings, clearSessionCookie, setSessionCookie } from '../../http/auth-hook.ts';
import * as auth from './service.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/login',
    {
      config: {
        public: true,
        rateLimit: { max: app.config.login.maxPerAddressPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: LoginBody,
        response: { 200: Me, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const { sessionSecret, expiresAt, me } = await auth.login(app.db, authSettings(app.config), {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(app, request, reply, sessionSecret, expiresAt);
      return me;
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out: revokes this session', response: { 204: z.null() } } },
    async (request, reply) => {
      await auth.logout(app.db, actorOf(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: Me } } },
    async (request) => auth.getMe(app.db, actorOf(request)),
  );

  app.patch(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change my language or display name',
        body: UpdateMeBody,
        response: { 200: Me },
      },
    },
    async (request) => auth.updateMe(app.db, actorOf(request), request.body),
  );
};
