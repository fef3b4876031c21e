import type { Seeded } from './database.ts';
import type { LoadResult } from './http.ts';
import type { SqlResult } from './in-process.ts';

export interface ScenarioResult {
  name: string;
  role: string;
  what: string;
  /** The first request, e.g. `GET /api/tickets?…`. */
  request: string;
  sql: SqlResult;
  http: LoadResult[];
}

export interface BenchResult {
  date: string;
  machine: { cpu: string; cpus: number; memoryGb: number; node: string; os: string; loadAverage: { atStart: number; atEnd: number } };
  database: { kind: 'pglite' | 'postgres'; version: string; source: string; seeded: Seeded; rowsAtStart: Record<string, number> };
  options: { tickets: number; duration: number; connections: number[]; smoke: boolean };
  scenarios: ScenarioResult[];
  /** Server RSS in MB: after sign-in and warm-up, the peak (VmHWM, since start), the highest sample under load, after the load. */
  memory: { beforeLoadMb: number; peakMb: number; maxSampledMb: number; afterLoadMb: number };
  serverLog: string;
}

const ms = (v: number | null) => (v === null || Number.isNaN(v) ? '—' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));

function errorsCell(r: LoadResult) {
  if (!r.errors) return '0';
  const detail = Object.entries(r.statuses).filter(([s]) => !s.startsWith('2'));
  return `**${r.errors}** (${detail.map(([s, n]) => `${s}: ${n}`).join(', ')})`;
}

/** A statement for a line: the select list left out, at most 160 characters. */
function short(text: string) {
  const t = text.replace(/^select (?:distinct )?.*? from /i, 'select … from ');
  return t.length > 160 ? `${t.slice(0, 160)}…` : t;
}

export function markdown(r: BenchResult): string {
  const rows = [
    `### ${r.database.kind} (${r.database.version}), ${r.database.rowsAtStart.tickets} tickets / ${r.database.rowsAtStart.messages} messages / ${r.database.rowsAtStart.timeEntries} time entries — ${r.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGb} GB, Node ${r.machine.node} (load average ${r.machine.loadAverage.atStart.toFixed(1)} before the run); ${r.options.duration} s per run. Times in ms; SQL = the statements the server issued for the request, replayed directly (sequentially, one connection); in-process = the app without the socket.`,
    '',
    '| scenario | role | conn | req/s | p50 | p95 | p99 | errors | SQL p50 | SQL p95 | statements | in-process p50 | p50 ÷ SQL p50 |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const s of r.scenarios) {
    s.http.forEach((h, k) => {
      const sqlCells = k > 0 ? ['', '', '', ''] : s.sql.error ? [`**error**`, '', '', ''] : [ms(s.sql.sql.p50), ms(s.sql.sql.p95), s.sql.queries.toFixed(0), ms(s.sql.inProcess.p50)];
      const one = s.http.find((x) => x.connections === 1);
      const ratio = k === 0 && one && !s.sql.error ? `${(one.p50 / s.sql.sql.p50).toFixed(1)}×` : '';
      rows.push(
        `| ${k ? '' : s.name} | ${k ? '' : s.role} | ${h.connections} | ${h.requestsPerSecond.toFixed(0)} | ${ms(h.p50)} | ${ms(h.p95)} | ${ms(h.p99)} | ${errorsCell(h)} | ${sqlCells.join(' | ')} | ${ratio} |`,
      );
    });
  }
  const notes = r.scenarios.flatMap((s) =>
    s.http.flatMap((h) => [
      ...(h.rampMs === null ? [`${s.name} ${h.connections} conn.: some connection never had an answer, every answer counted`] : []),
      ...(h.rampMs !== null && h.rampMs > 1000 ? [`${s.name} ${h.connections} conn.: ${(h.rampMs / 1000).toFixed(1)} s before every connection had an answer (slowest first answer ${ms(h.firstAnswerMaxMs)} ms)`] : []),
      ...(h.drainMs > 1000 ? [`${s.name} ${h.connections} conn.: server still busy ${(h.drainMs / 1000).toFixed(1)} s after the run`] : []),
    ]),
  );
  rows.push('', `Steady state: each run is measured for ${r.options.duration} s from when every connection has had its first answer.${notes.length ? ` ${notes.join('; ')}.` : ''}`);
  const m = r.memory;
  rows.push(
    '',
    `Server memory (RSS): ${m.beforeLoadMb} MB after sign-in and warm-up, ${m.maxSampledMb} MB at most under load, ${m.afterLoadMb} MB after the load; peak ${m.peakMb} MB (VmHWM, since start).`,
    '',
    'Heaviest statement of each scenario (its p50 replayed alone × times per request):',
    '',
  );
  for (const s of r.scenarios) {
    const top = s.sql.statements[0];
    if (s.sql.error) rows.push(`- ${s.name}: SQL not measured — ${s.sql.error}`);
    else if (top) rows.push(`- ${s.name}: ${ms(top.p50)} ms × ${top.perRequest.toFixed(0)} — \`${short(top.sql)}\``);
  }
  return rows.join('\n');
}
