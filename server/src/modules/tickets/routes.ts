import { ErrorBody, IdParams } from '@guichet/contract/common';
import {
  AssignBody,
  CreateMessageBody,
  CreateTicketBody,
  HistoryList,
  Message,
  MessageList,
  MessageListQuery,
  RateBody,
  Rating,
  Ticket,
  TicketList,
  TicketListQuery,
  UpdateTicketBody,
} from '@guichet/contract/tickets';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, perCaller } from '../../http/auth-hook.ts';
import * as messages from '../messages/service.ts';
import * as ratings from '../ratings/service.ts';
import * as tickets from './service.ts';

const tags = ['tickets'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const ticketRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/tickets',
    {
      // searches (`q`) are limited per caller; the plain list is not
      config: {
        rateLimit: {
          max: app.config.searchMaxPerCallerPerMinute,
          timeWindow: '1 minute',
          keyGenerator: (request) => `search:${perCaller(request)}`,
          allowList: (request) => !(request.query as { q?: unknown }).q,
        },
      },
      schema: {
        tags,
        summary: 'Tickets: filters, sort, keyset pagination, counts per status (contacts: their client only)',
        querystring: TicketListQuery,
        response: { 200: TicketList, 400: ErrorBody, 429: ErrorBody, 503: ErrorBody },
      },
    },
    async (request) => tickets.listTickets(app.db, actorOf(request), request.query, app.config.searchTimeoutMs),
  );

  app.post(
    '/api/tickets',
    {
      schema: {
        tags,
        summary: 'Open a ticket (attachments by id from POST /api/attachments); auto-assigned when the setting is on',
        body: CreateTicketBody,
        response: { 201: Ticket, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await tickets.createTicket(app.db, actorOf(request), request.body)),
  );

  app.get(
    '/api/tickets/:id',
    { schema: { tags, summary: 'A ticket, with what the caller may do on it now', params: IdParams, response: { 200: Ticket, 404: ErrorBody } } },
    async (request) => tickets.getTicket(app.db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/tickets/:id',
    {
      schema: {
        tags,
        summary: 'Change status, priority or assignee; send the `version` you read (409 when stale or for an illegal move)',
        params: IdParams,
        body: UpdateTicketBody,
        response: { 200: Ticket, ...errors },
      },
    },
    async (request) => tickets.updateTicket(app.db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/tickets/:id/assign',
    {
      schema: {
        tags,
        summary: 'Assign to an agent (admin; an agent may take an unassigned ticket) or `{auto: true}` (admin)',
        params: IdParams,
        body: AssignBody,
        response: { 200: Ticket, ...errors },
      },
    },
    async (request) => tickets.assignTicket(app.db, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/tickets/:id/history',
    { schema: { tags, summary: 'Changes of status, priority and assignee (staff)', params: IdParams, response: { 200: HistoryList, 404: ErrorBody } } },
    async (request) => tickets.ticketHistory(app.db, actorOf(request), request.params.id),
  );

  app.get(
    '/api/tickets/:id/messages',
    {
      schema: {
        tags,
        summary: 'The discussion, oldest first by default; internal notes for staff only',
        params: IdParams,
        querystring: MessageListQuery,
        response: { 200: MessageList, 404: ErrorBody },
      },
    },
    async (request) => messages.listMessages(app.db, actorOf(request), request.params.id, request.query.order),
  );

  app.post(
    '/api/tickets/:id/messages',
    {
      config: { rateLimit: { max: app.config.writeMaxPerCallerPerMinute, timeWindow: '1 minute', keyGenerator: perCaller } },
      schema: {
        tags,
        summary: 'Reply, or post an internal note (`internal: true`, staff)',
        params: IdParams,
        body: CreateMessageBody,
        response: { 201: Message, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await messages.postMessage(app.db, actorOf(request), request.params.id, request.body)),
  );

  app.put(
    '/api/tickets/:id/rating',
    {
      schema: {
        tags,
        summary: 'Rate a resolved ticket, 1–5 stars and a comment (client contact; changeable)',
        params: IdParams,
        body: RateBody,
        response: { 200: Rating, ...errors },
      },
    },
    async (request) => ratings.rateTicket(app.db, actorOf(request), request.params.id, request.body),
  );
};
