import type { Config } from '../config.ts';
import type { Db, DatabaseKind } from '../db/client.ts';
import type { Actor } from './actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every non-public `/api` route. */
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes are private by default; only the ones marked here answer without credentials. */
    public?: boolean;
  }
  interface FastifyInstance {
    db: Db;
    config: Config;
    databaseKind: DatabaseKind;
  }
}
