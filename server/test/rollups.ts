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
  // the report's rollups against a fresh count of every ticket, in the company's time zone
  const ticketDays = await rows<{ day: string; agent_id: string }>(
    db,
    sql`with counted as (
          select (m.created_at at time zone z.tz)::date as day, m.agent_id, 1 as opened, (m.first_response_at is not null)::int as first_responses,
                 coalesce(round(extract(epoch from m.first_response_at - m.created_at) * 1000)::bigint, 0) as first_response_ms, 0 as resolved, 0::bigint as resolution_ms, 0 as closed
          from tickets t, lateral ticket_stats_move_of(t, 1) m, (select time_zone as tz from settings where id = 1) z
          union all
          select (m.resolved_at at time zone z.tz)::date, m.agent_id, 0, 0, 0, 1, round(extract(epoch from m.resolved_at - m.created_at) * 1000)::bigint, 0
          from tickets t, lateral ticket_stats_move_of(t, 1) m, (select time_zone as tz from settings where id = 1) z where m.resolved_at is not null
          union all
          select (m.closed_at at time zone z.tz)::date, m.agent_id, 0, 0, 0, 0, 0, 1
          from tickets t, lateral ticket_stats_move_of(t, 1) m, (select time_zone as tz from settings where id = 1) z where m.closed_at is not null
        ), fresh as (
          select day, agent_id, sum(opened)::int as opened, sum(first_responses)::int as first_responses, sum(first_response_ms)::bigint as first_response_ms,
                 sum(resolved)::int as resolved, sum(resolution_ms)::bigint as resolution_ms, sum(closed)::int as closed
          from counted group by 1, 2
        ), kept as (
          select * from ticket_stats_days
          where opened <> 0 or first_responses <> 0 or first_response_ms <> 0 or resolved <> 0 or resolution_ms <> 0 or closed <> 0
        )
        select coalesce(k.day, c.day)::text as day, coalesce(k.agent_id, c.agent_id)::text as agent_id
        from kept k full join fresh c on c.day = k.day and c.agent_id = k.agent_id
        where (k.opened, k.first_responses, k.first_response_ms, k.resolved, k.resolution_ms, k.closed)
              is distinct from (c.opened, c.first_responses, c.first_response_ms, c.resolved, c.resolution_ms, c.closed)`,
  );
  const resolutionDays = await rows<{ day: string; bucket: number }>(
    db,
    sql`with fresh as (
          select (t.resolved_at at time zone z.tz)::date as day, guichet_resolution_bucket(round(extract(epoch from t.resolved_at - t.created_at) / 60)::bigint) as bucket, count(*)::int as n
          from tickets t, (select time_zone as tz from settings where id = 1) z where t.resolved_at is not null group by 1, 2
        ), kept as (select day, bucket, tickets as n from resolution_days where tickets <> 0)
        select coalesce(k.day, c.day)::text as day, coalesce(k.bucket, c.bucket) as bucket
        from kept k full join fresh c on c.day = k.day and c.bucket = k.bucket
        where k.n is distinct from c.n`,
  );
  const ratingDays = await rows<{ day: string; agent_id: string }>(
    db,
    sql`with fresh as (
          select (r.created_at at time zone z.tz)::date as day, coalesce(r.agent_id, '00000000-0000-0000-0000-000000000000') as agent_id, count(*)::int as ratings, sum(r.stars)::int as stars
          from ratings r, (select time_zone as tz from settings where id = 1) z group by 1, 2
        ), kept as (select day, agent_id, ratings, stars from rating_days where ratings <> 0 or stars <> 0)
        select coalesce(k.day, c.day)::text as day, coalesce(k.agent_id, c.agent_id)::text as agent_id
        from kept k full join fresh c on c.day = k.day and c.agent_id = k.agent_id
        where (k.ratings, k.stars) is distinct from (c.ratings, c.stars)`,
  );
  return { agentLoads, clientMonths, agentDays, ticketDays, resolutionDays, ratingDays };
}

export const NO_DRIFT = { agentLoads: [], clientMonths: [], agentDays: [], ticketDays: [], resolutionDays: [], ratingDays: [] };
