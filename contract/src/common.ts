import { z } from 'zod';

/** Error body of every 4xx/5xx answer: `{ error: { code, message, details? } }`. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('snake_case machine code'),
      message: z.string().describe('human sentence'),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Id = z.uuid();
export const IdParams = z.object({ id: Id });

export const Locale = z.enum(['fr', 'en']);
export type Locale = z.infer<typeof Locale>;

export const Role = z.enum(['admin', 'agent', 'contact']);
export type Role = z.infer<typeof Role>;

export const Email = z.string().trim().toLowerCase().pipe(z.email().max(254));

/** Keyset pagination query: `limit` (1–200, default 50) and an opaque `cursor`. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().optional(),
  });
}

export const Timestamp = z.iso.datetime({ offset: true });
