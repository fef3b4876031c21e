import { ErrorBody, IdParams } from '@guichet/contract/common';
import { NotificationList, NotificationListQuery } from '@guichet/contract/notifications';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/auth-hook.ts';
import * as service from './service.ts';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/notifications',
    { schema: { tags, summary: 'My notifications, newest first, with the unread count (header bell)', querystring: NotificationListQuery, response: { 200: NotificationList } } },
    async (request) => service.listNotifications(app.db, actorOf(request), request.query),
  );
  app.post(
    '/api/notifications/read-all',
    { schema: { tags, summary: 'Mark all my notifications read', response: { 204: z.null() } } },
    async (request, reply) => {
      await service.markRead(app.db, actorOf(request), 'all');
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, summary: 'Mark one notification read', params: IdParams, response: { 204: z.null(), 404: ErrorBody } } },
    async (request, reply) => {
      await service.markRead(app.db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
