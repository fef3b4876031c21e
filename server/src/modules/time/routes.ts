import { ErrorBody, Id, IdParams } from '@guichet/contract/common';
import { CreateRateBody, CreateTimeEntryBody, RateList, RatePreview, TimeEntry, TimeEntryList, UpdateTimeEntryBody } from '@guichet/contract/time';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/auth-hook.ts';
import * as rates from '../rates/service.ts';
import * as time from './service.ts';

export const timeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/agents/:id/rates',
    { schema: { tags: ['rates'], summary: "An agent's hourly-rate history (admin)", params: IdParams, response: { 200: RateList, 404: ErrorBody } } },
    async (request) => rates.listRates(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/agents/:id/rates/preview',
    {
      schema: {
        tags: ['rates'],
        summary: 'How many time entries, and how much money, a new rate would re-price (admin)',
        params: IdParams,
        body: CreateRateBody,
        response: { 200: RatePreview, 404: ErrorBody },
      },
    },
    async (request) => rates.previewRate(app.db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/agents/:id/rates',
    {
      schema: {
        tags: ['rates'],
        summary: 'Add a rate effective from a day; entries it covers are re-priced (admin)',
        params: IdParams,
        body: CreateRateBody,
        response: { 201: RateList, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await rates.addRate(app.db, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/tickets/:id/time-entries',
    { schema: { tags: ['time'], summary: 'Time logged on a ticket (staff; costs for admins only)', params: IdParams, response: { 200: TimeEntryList, 404: ErrorBody } } },
    async (request) => time.listTimeEntries(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/tickets/:id/time-entries',
    {
      schema: {
        tags: ['time'],
        summary: 'Log my time on a ticket: work date, minutes (1–1440), note (staff)',
        params: IdParams,
        body: CreateTimeEntryBody,
        response: { 201: TimeEntry, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await time.addTimeEntry(app.db, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/time-entries/:id',
    {
      schema: {
        tags: ['time'],
        summary: 'Change a time entry (my own; admins any); kept in the ticket history',
        params: z.object({ id: Id }),
        body: UpdateTimeEntryBody,
        response: { 200: TimeEntry, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => time.updateTimeEntry(app.db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/time-entries/:id',
    { schema: { tags: ['time'], summary: 'Delete a time entry (my own; admins any)', params: IdParams, response: { 204: z.null(), 404: ErrorBody } } },
    async (request, reply) => {
      await time.deleteTimeEntry(app.db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
