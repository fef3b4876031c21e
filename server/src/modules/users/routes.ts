import { ErrorBody, IdParams } from '@guichet/contract/common';
import { CreateUserBody, ResetPasswordBody, UpdateUserBody, User, UserList, UserListQuery } from '@guichet/contract/users';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/auth-hook.ts';
import * as users from './service.ts';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/users',
    { schema: { tags, summary: 'Staff accounts (admin)', querystring: UserListQuery, response: { 200: UserList } } },
    async (request) => users.listUsers(app.db, actorOf(request), request.query),
  );

  app.post(
    '/api/users',
    {
      schema: { tags, summary: 'Create an admin or agent (admin)', body: CreateUserBody, response: { 201: User, 409: ErrorBody } },
    },
    async (request, reply) => reply.status(201).send(await users.createUser(app.db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Rename, change role, deactivate or reactivate (admin)',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: User, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => users.updateUser(app.db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/users/:id/password',
    {
      schema: {
        tags,
        summary: 'Set a new password and sign the user out everywhere (admin)',
        params: IdParams,
        body: ResetPasswordBody,
        response: { 204: z.null(), 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await users.resetPassword(app.db, actorOf(request), request.params.id, request.body.password);
      return reply.status(204).send(null);
    },
  );
};
