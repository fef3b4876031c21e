import { ExternalRef, IMPORT_COLUMNS, UpdateClientBody, type ImportReport, type ImportRowResult } from '@guichet/contract/clients';
import { parse } from 'csv-parse/sync';
import type { Db } from '../../db/client.ts';
import { requireAdmin, type Actor } from '../../http/actor.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import { applyClientByRef, toValues } from './service.ts';

export const MAX_IMPORT_ROWS = 20_000;
type Column = (typeof IMPORT_COLUMNS)[number];
type RowError = ImportRowResult['errors'][number];

const addressColumns: Record<string, Column> = {
  line1: 'addressLine1',
  line2: 'addressLine2',
  postalCode: 'postalCode',
  city: 'city',
  country: 'country',
};

/** UTF-8 first; a spreadsheet's Windows-1252 export is accepted too. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function parseActive(value: string): boolean | undefined | 'invalid' {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (['true', '1', 'yes', 'oui', 'vrai', 'actif'].includes(v)) return true;
  if (['false', '0', 'no', 'non', 'faux', 'inactif'].includes(v)) return false;
  return 'invalid';
}

function readHeader(header: string[]): Column[] {
  const known = new Map(IMPORT_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns = header.map((h) => known.get(h.trim().toLowerCase()));
  const unknown = header.filter((_, i) => !columns[i]);
  if (unknown.length > 0) {
    throw badRequest('unknown_columns', `Unknown columns: ${unknown.join(', ')}. Expected: ${IMPORT_COLUMNS.join(', ')}.`, {
      unknown,
      expected: IMPORT_COLUMNS,
    });
  }
  const missing = (['externalRef', 'name'] as const).filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw badRequest('missing_columns', `The header must contain: ${missing.join(', ')}.`, { missing });
  }
  return columns as Column[];
}

/** One CSV row → validated client values, or the reasons it is rejected. */
function readRow(columns: Column[], cells: string[]) {
  const cell = (c: Column) => {
    const i = columns.indexOf(c);
    return i < 0 ? undefined : (cells[i] ?? '').trim();
  };
  const errors: RowError[] = [];
  const ref = cell('externalRef') ?? '';
  const refCheck = ExternalRef.safeParse(ref);
  if (!ref) errors.push({ field: 'externalRef', code: 'missing_reference', message: 'The CRM reference is missing.' });
  else if (!refCheck.success) errors.push({ field: 'externalRef', code: 'invalid_reference', message: refCheck.error.issues[0]!.message });
  if (!cell('name')) errors.push({ field: 'name', code: 'missing_name', message: 'The name is missing.' });

  const input: Record<string, unknown> = {};
  for (const c of ['name', 'companyId', 'email', 'phone', 'notes'] as const) {
    const v = cell(c);
    if (v !== undefined) input[c] = v === '' ? null : v;
  }
  if (Object.values(addressColumns).some((c) => columns.includes(c))) {
    input.address = Object.fromEntries(Object.entries(addressColumns).map(([k, c]) => [k, cell(c) || null]));
  }
  const active = cell('active');
  if (active !== undefined) {
    const parsed = parseActive(active);
    if (parsed === 'invalid') errors.push({ field: 'active', code: 'invalid_active', message: 'Use true/false, oui/non or 1/0.' });
    else if (parsed !== undefined) input.active = parsed;
  }
  const checked = UpdateClientBody.safeParse(input);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [head, sub] = issue.path.map(String);
      const field = head === 'address' && sub ? (addressColumns[sub] ?? head) : (head ?? 'row');
      if (errors.some((e) => e.field === field)) continue;
      const code = field === 'email' ? 'invalid_email' : `invalid_${field}`;
      errors.push({ field, code, message: issue.message });
    }
  }
  return { ref: ref || null, values: checked.success ? toValues(checked.data) : undefined, errors };
}

/**
 * Create or update clients by CRM reference from a CSV file. Each row is written in a savepoint
 * of one transaction: a bad row is reported and skipped, and a failure of the import as a whole
 * rolls everything back, so no client is ever half-written.
 */
export async function importClientsCsv(db: Db, actor: Actor, text: string): Promise<ImportReport> {
  requireAdmin(actor);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // `to` stops parsing past the cap, so a huge file costs no more than the cap.
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true, to: MAX_IMPORT_ROWS + 2 }) as unknown as typeof records;
  } catch (err) {
    throw badRequest('invalid_csv', `The file is not valid CSV: ${(err as Error).message}`);
  }
  const [header, ...body] = records;
  if (!header) throw badRequest('empty_file', 'The file is empty.');
  if (body.length > MAX_IMPORT_ROWS) {
    throw new AppError(413, 'too_many_rows', `At most ${MAX_IMPORT_ROWS} rows per import.`);
  }
  const columns = readHeader(header.record);
  const rows = body.map((r) => ({ line: r.info.lines, ...readRow(columns, r.record) }));

  const refCounts = new Map<string, number>();
  for (const r of rows) if (r.ref) refCounts.set(r.ref, (refCounts.get(r.ref) ?? 0) + 1);

  const results: ImportRowResult[] = [];
  await db.transaction(async (tx) => {
    for (const row of rows) {
      const errors = [...row.errors];
      if (row.ref && (refCounts.get(row.ref) ?? 0) > 1) {
        errors.push({ field: 'externalRef', code: 'duplicate_in_file', message: 'This reference appears more than once in the file.' });
      }
      const base = { line: row.line, externalRef: row.ref };
      if (errors.length > 0 || !row.values || !row.ref) {
        results.push({ ...base, result: 'rejected', clientId: null, errors });
        continue;
      }
      const ref = row.ref;
      const values = row.values;
      try {
        const { id, result } = await tx.transaction((sp) => applyClientByRef(sp, ref, values));
        results.push({ ...base, result, clientId: id, errors: [] });
      } catch (err) {
        const message = err instanceof AppError ? err.message : 'This row could not be written.';
        results.push({ ...base, result: 'rejected', clientId: null, errors: [{ field: 'row', code: 'write_failed', message }] });
      }
    }
  });
  const countOf = (r: ImportRowResult['result']) => results.filter((x) => x.result === r).length;
  return {
    created: countOf('created'),
    updated: countOf('updated'),
    unchanged: countOf('unchanged'),
    rejected: countOf('rejected'),
    rows: results,
  };
}
