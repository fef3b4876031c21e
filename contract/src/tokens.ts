import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const ApiToken = z
  .object({
    id: Id,
    name: z.string(),
    /** First characters of the token, to recognise it; the rest is never shown again. */
    prefix: z.string(),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
    createdBy: z.object({ id: Id, name: z.string() }).nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateApiTokenBody = z.object({ name: z.string().trim().min(1).max(100) });
export const CreatedApiToken = z.object({ token: z.string().describe('shown once'), apiToken: ApiToken });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
export const ApiTokenList = z.object({ items: z.array(ApiToken) });
