import { ErrorBody } from '@guichet/contract/common';
import { CostReport, CostReportQuery } from '@guichet/contract/reports';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/auth-hook.ts';
import { contentDisposition } from '../attachments/files.ts';
import { costReport, costReportCsv } from './costs.ts';

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
};
