import { ErrorBody } from '@guichet/contract/common';
import { Settings, UpdateSettingsBody } from '@guichet/contract/settings';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/auth-hook.ts';
import * as service from './service.ts';

const tags = ['settings'];

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/settings', { schema: { tags, summary: 'Settings (admin)', response: { 200: Settings } } }, async (request) =>
    service.getSettings(app.db, actorOf(request)),
  );
  app.patch(
    '/api/settings',
    {
      schema: {
        tags,
        summary: 'Change settings (admin): auto-close delay (0 = off), auto-assign, file size and types',
        body: UpdateSettingsBody,
        response: { 200: Settings, 400: ErrorBody },
      },
    },
    async (request) => service.updateSettings(app.db, actorOf(request), request.body),
  );
};
