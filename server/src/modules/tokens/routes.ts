import { ErrorBody, IdParams } from '@guichet/contract/common';
import { ApiTokenList, CreateApiTokenBody, CreatedApiToken } from '@guichet/contract/tokens';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/auth-hook.ts';
import * as tokens from './service.ts';

const tags = ['api tokens'];

export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/api-tokens',
    { schema: { tags, summary: 'API tokens (admin, signed in)', response: { 200: ApiTokenList } } },
    async (request) => tokens.listTokens(app.db, actorOf(request)),
  );

  app.post(
    '/api/api-tokens',
    {
      schema: {
        tags,
        summary: 'Create a named token; the secret is in this answer only (admin, signed in)',
        body: CreateApiTokenBody,
        response: { 201: CreatedApiToken, 400: ErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await tokens.createToken(app.db, actorOf(request), request.body.name)),
  );

  app.delete(
    '/api/api-tokens/:id',
    {
      schema: { tags, summary: 'Revoke a token (admin, signed in)', params: IdParams, response: { 204: z.null(), 404: ErrorBody } },
    },
    async (request, reply) => {
      await tokens.revokeToken(app.db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
