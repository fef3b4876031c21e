import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../src/db/client.ts';

/**
 * The rows of each trigger-kept rollup that differ from a fresh count of the source tables (zero
 * rows count as absent): empty when the rollups are in step.
 */
export async function rollupDrift(db: Executor) {
  const agentLoads = await rows<{ agent_id: string; kept: number | null; counted: number | null }>(
    db,
    sql`with counted as (select assignee_id as agent_id, count(*)::int as n from tickets
                         where assignee_id is not null and status in ('open', 'in_progress') group by 1),
             kept as (select agent_id, active_tickets as n from agent_loads where active_tickets <> 0)
        select coalesce(k.agent_id, c.agent_id)::text as agent_id, k.n as kept, c.n as counted
        from kept k full join counted c on c.agent_id = k.agent_id
        where k.n is distinct from c.n`,
  );
  const clientMonths = await rows<{ client_id: string; month: string }>(
    db,
    sql`with counted as (select client_id, date_trunc('month', work_date)::date as month, count(*)::int as entries, sum(minutes)::bigint as minutes, sum(cost_cents)::bigint as cost_cents
                         from time_entries group by 1, 2),
             kept as (select client_id, month, entries, minutes, cost_cents from cost_client_months where entries <> 0 or minutes <> 0 or cost_cents <> 0)
        select coalesce(k.client_id, c.client_id)::text as client_id, coalesce(k.month, c.month)::text as month
        from kept k full join counted c on c.client_id = k.client_id and c.month = k.month
        where (k.entries, k.minutes, k.cost_cents) is distinct from (c.entries, c.minutes, c.cost_cents)`,
  );
  const agentDays = await rows<{ agent_id: string; work_date: string }>(
    db,
    sql`with counted as (select agent_id, work_date, count(*)::int as entries, sum(minutes)::bigint as minutes, sum(cost_cents)::bigint as cost_cents
                         from time_entries group by 1, 2),
             kept as (select agent_id, work_date, entries, minutes, cost_cents from cost_agent_days where entries <> 0 or minutes <> 0 or cost_cents <> 0)
        select coalesce(k.agent_id, c.agent_id)::text as agent_id, coalesce(k.work_date, c.work_date)::text as work_date
        from kept k full join counted c on c.agent_id = k.agent_id and c.work_date = k.work_date
        where (k.entries, k.minutes, k.cost_cents) is distinct from (c.entries, c.minutes, c.cost_cents)`,
  );
  return { agentLoads, clientMonths, agentDays };
}

export const NO_DRIFT = { agentLoads: [], clientMonths: [], agentDays: [] };
