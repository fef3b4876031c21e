import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../src/config.ts';
import { openPglite, openPostgres } from '../src/db/client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
    runId: string;
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Migrate one template database per run; each test file then copies it (PGlite: a data-dir
 * dump loaded in memory; PostgreSQL: CREATE DATABASE … TEMPLATE), which is much faster than
 * migrating per file.
 */
export default async function setup(project: TestProject) {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  project.provide('runId', runId);
  if (project.name === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const template = `guichet_tpl_${runId}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect().catch((err) => {
      throw new Error(`PostgreSQL is not reachable at TEST_DATABASE_URL (${err.message}). Start it or unset TEST_DATABASE_URL.`);
    });
    await admin.query(`create database ${template}`);
    const db = await openPostgres(withDatabase(url, template), 2);
    await db.migrate();
    await db.close();
    project.provide('postgresTemplate', template);
    project.provide('pgliteTemplate', '');
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1 or datname = $2`,
        [`guichet_t_${runId}_%`, template],
      );
      for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
      await admin.end();
    };
  }
  const db = await openPglite({});
  await db.migrate();
  const client = (db.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('none');
  await db.close();
  const dir = path.join(repoRoot, '.tmp');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pglite-template-${runId}.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('postgresTemplate', '');
  return () => fs.rmSync(file, { force: true });
}
