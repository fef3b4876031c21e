import { ErrorBody } from '@guichet/contract/common';
import { CostReport, CostReportQuery, PerformanceReport, PerformanceReportQuery } from '@guichet/contract/reports';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/auth-hook.ts';
import { contentDisposition } from '../attachments/files.ts';
import { costReport, costReportCsv } from './costs.ts';
import { performanceCsv, performanceReport } from './performance.ts';

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reports/costs',
    {
      schema: {
        tags: ['reports'],
        summary: 'Cost by ticket, client, agent or period over [from, to], against budget (admin)',
        description:
          'Costs of the time entries whose work date is in the range. `format=csv` or `Accept: text/csv` answers every row as CSV (UTF-8 with BOM, money as decimal amounts), the same rows as the JSON.',
        querystring: CostReportQuery,
        produces: ['application/json', 'text/csv'],
        response: { 200: CostReport, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const csv = q.format === 'csv' || (q.format === undefined && /^\s*text\/csv/i.test(request.headers.accept ?? ''));
      const report = await costReport(app.db, actorOf(request), q, { all: csv });
      if (!csv) return report;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(`couts-${q.groupBy}-${q.from}-${q.to}.csv`, false))
        .serializer((payload: unknown) => payload as string)
        .send(costReportCsv(report) as never);
    },
  );

  app.get(
    '/api/reports/performance',
    {
      schema: {
        tags: ['reports'],
        summary: 'Dashboard over [from, to]: tickets per ISO week, resolution and first-response times, satisfaction; cost against budget for admins (staff)',
        description:
          'Filters `clientId` and `agentId` (tickets by current assignee, ratings by credited agent). Agents get the same answer without any money key. `format=csv` or `Accept: text/csv` answers the whole report as one flat table, a value a row: columns `section,key,label,metric,value`, sections `figures`, `weeks` (key: ISO week, label: its Monday), `agents`, `ratings`, and for admins `clients` and `budgets` (money as decimal amounts in the `currency` figure, stars with one decimal; UTF-8 with BOM).',
        querystring: PerformanceReportQuery,
        produces: ['application/json', 'text/csv'],
        response: { 200: PerformanceReport, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const csv = q.format === 'csv' || (q.format === undefined && /^\s*text\/csv/i.test(request.headers.accept ?? ''));
      const report = await performanceReport(app.db, actorOf(request), q);
      if (!csv) return report;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(`performance-${q.from}-${q.to}.csv`, false))
        .serializer((payload: unknown) => payload as string)
        .send(performanceCsv(report) as never);
    },
  );
};
