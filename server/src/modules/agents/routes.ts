import { Agent, AgentLeaveParams, AgentList, CreateAgentBody, CreateLeaveBody, UpdateAgentBody } from '@guichet/contract/agents';
import { ErrorBody, IdParams } from '@guichet/contract/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/auth-hook.ts';
import { assignWaiting } from '../assignment/service.ts';
import * as agents from './service.ts';

const tags = ['agents'];

export const agentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/agents',
    { schema: { tags, summary: 'Agents with availability, working hours, leave and load (staff)', response: { 200: AgentList } } },
    async (request) => agents.listAgents(app.db, actorOf(request)),
  );

  app.get(
    '/api/agents/me',
    { schema: { tags, summary: 'My agent profile (agents)', response: { 200: Agent, 404: ErrorBody } } },
    async (request) => agents.getMyAgent(app.db, actorOf(request)),
  );

  app.post(
    '/api/agents',
    { schema: { tags, summary: 'Create an agent (admin)', body: CreateAgentBody, response: { 201: Agent, 400: ErrorBody, 409: ErrorBody } } },
    async (request, reply) => reply.status(201).send(await agents.createAgent(app.db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/agents/:id',
    {
      schema: {
        tags,
        summary: 'Availability, time zone, working hours, capacity (admin; an agent may flip their own availability)',
        params: IdParams,
        body: UpdateAgentBody,
        response: { 200: Agent, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const agent = await agents.updateAgent(app.db, actorOf(request), request.params.id, request.body);
      // Someone may have become available: the unassigned queue is served at once.
      if (agent.availableNow && (await assignWaiting(app.db, new Date())) > 0) {
        return agents.getAgent(app.db, actorOf(request), agent.id);
      }
      return agent;
    },
  );

  app.post(
    '/api/agents/:id/leaves',
    { schema: { tags, summary: 'Add a leave period (admin)', params: IdParams, body: CreateLeaveBody, response: { 201: Agent, 400: ErrorBody, 404: ErrorBody } } },
    async (request, reply) => reply.status(201).send(await agents.addLeave(app.db, actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/agents/:id/leaves/:leaveId',
    { schema: { tags, summary: 'Remove a leave period (admin)', params: AgentLeaveParams, response: { 204: z.null(), 404: ErrorBody } } },
    async (request, reply) => {
      await agents.removeLeave(app.db, actorOf(request), request.params.id, request.params.leaveId);
      return reply.status(204).send(null);
    },
  );
};
