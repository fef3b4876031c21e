import type { ApiToken, CreatedApiToken } from '@guichet/contract/tokens';
import type { Db, Executor } from '../../db/client.ts';
import { requireAdminSession, type Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { newSecret, sha256 } from '../../lib/secrets.ts';
import { API_TOKEN_PREFIX } from '../auth/service.ts';
import * as repo from './repo.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findById>>>;

function present({ token: t, creatorId, creatorName }: Row): ApiToken {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    createdBy: creatorId && creatorName ? { id: creatorId, name: creatorName } : null,
  };
}

export async function listTokens(db: Executor, actor: Actor): Promise<{ items: ApiToken[] }> {
  requireAdminSession(actor);
  return { items: (await repo.list(db)).map(present) };
}

/** The secret is returned once; only its hash is stored. */
export async function createToken(db: Db, actor: Actor, name: string): Promise<CreatedApiToken> {
  requireAdminSession(actor);
  const token = newSecret(API_TOKEN_PREFIX);
  return db.transaction(async (tx) => {
    const id = await repo.insert(tx, { name, prefix: token.slice(0, 10), tokenHash: sha256(token), createdBy: actor.userId });
    return { token, apiToken: present((await repo.findById(tx, id))!) };
  });
}

export async function revokeToken(db: Executor, actor: Actor, id: string): Promise<void> {
  requireAdminSession(actor);
  if (!(await repo.findById(db, id))) throw notFound('API token');
  await repo.revoke(db, id);
}
