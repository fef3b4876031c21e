import { Budget, BudgetDetail, BudgetList, CopyBudgetBody, CopyBudgetResult, CreateBudgetBody, UpdateBudgetBody } from '@guichet/contract/budgets';
import { ErrorBody, IdParams } from '@guichet/contract/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/auth-hook.ts';
import * as service from './service.ts';

export const budgetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/clients/:id/budgets',
    {
      schema: {
        tags: ['budgets'],
        summary: "A client's budgets with actual, projection and alerts; the current one day by day; what the client cost (admin)",
        params: IdParams,
        response: { 200: BudgetList, 404: ErrorBody },
      },
    },
    async (request) => service.listBudgets(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/clients/:id/budgets',
    {
      schema: {
        tags: ['budgets'],
        summary: 'Create a budget for a calendar month, quarter or year (admin)',
        description: 'One budget per client and period: 409 `budget_overlap` when another budget of the client covers some of its days.',
        params: IdParams,
        body: CreateBudgetBody,
        response: { 201: Budget, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createBudget(app.db, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/budgets/:id',
    { schema: { tags: ['budgets'], summary: 'One budget with its cumulative actual day by day (admin)', params: IdParams, response: { 200: BudgetDetail, 404: ErrorBody } } },
    async (request) => service.getBudget(app.db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/budgets/:id',
    {
      schema: {
        tags: ['budgets'],
        summary: "Change a budget's amount or thresholds (admin)",
        params: IdParams,
        body: UpdateBudgetBody,
        response: { 200: Budget, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => service.updateBudget(app.db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/budgets/:id',
    { schema: { tags: ['budgets'], summary: 'Delete a budget and its alerts (admin)', params: IdParams, response: { 204: z.null(), 404: ErrorBody } } },
    async (request, reply) => {
      await service.deleteBudget(app.db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/budgets/:id/copy',
    {
      schema: {
        tags: ['budgets'],
        summary: 'Copy a budget to the following periods, skipping those already covered (admin)',
        params: IdParams,
        body: CopyBudgetBody,
        response: { 201: CopyBudgetResult, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await service.copyBudget(app.db, actorOf(request), request.params.id, request.body)),
  );
};
