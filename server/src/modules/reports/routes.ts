import { ErrorBody } from '@guichet/contract/common';
import { CostReport, CostReportQuery, PerformanceReport, PerformanceReportQuery } from '@guichet/contract/reports';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/auth-hook.ts';
import { contentDisposition } from '../attachments/files.ts';
import { costReport, costReportCsv } from './costs.ts';
import { performanceCsv, performanceReport } from './performance.ts';

/** CSV when asked by `format=csv`, or by `Accept: text/csv` without a `format`. */
const wantsCsv = (request: FastifyRequest, format: 'csv' | 'json' | undefined) =>
  format === 'csv' || (format === undefined && /^\s*text\/csv/i.test(request.headers.accept ?? ''));

/** A CSV download, sent as it is (not through the JSON serializer). */
const sendCsv = (reply: FastifyReply, fileName: string, csv: string) =>
  reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', contentDisposition(fileName, false))
    .serializer((payload: unknown) => payload as string)
    .send(csv as never);

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
      const csv = wantsCsv(request, q.format);
      const report = await costReport(app.db, actorOf(request), q, { all: csv });
      return csv ? sendCsv(reply, `couts-${q.groupBy}-${q.from}-${q.to}.csv`, costReportCsv(report)) : report;
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
      const report = await performanceReport(app.db, actorOf(request), q);
      return wantsCsv(request, q.format) ? sendCsv(reply, `performance-${q.from}-${q.to}.csv`, performanceCsv(report)) : report;
    },
  );
};
