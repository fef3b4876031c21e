import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/** Money: integer cents in the settings' currency (EUR by default). Never shown to agents or clients. */
export const Cents = z.number().int().min(0).max(100_000_000);

export const Rate = z
  .object({ id: Id, effectiveFrom: z.iso.date(), hourlyRateCents: z.number().int(), createdAt: Timestamp })
  .meta({ id: 'Rate' });
export type Rate = z.infer<typeof Rate>;

export const RateList = z.object({ items: z.array(Rate), currency: z.string() });
export type RateList = z.infer<typeof RateList>;

export const CreateRateBody = z.object({
  effectiveFrom: z.iso.date().describe('from this day on; an earlier day re-prices the entries it covers'),
  hourlyRateCents: Cents,
});
export type CreateRateBody = z.infer<typeof CreateRateBody>;

/** What a new rate would change, to show before the admin confirms. */
export const RatePreview = z.object({ entries: z.number().int(), deltaCents: z.number().int() });
export type RatePreview = z.infer<typeof RatePreview>;

export const TimeEntry = z
  .object({
    id: Id,
    ticketId: Id,
    agent: z.object({ id: Id, name: z.string() }),
    workDate: z.iso.date(),
    minutes: z.number().int(),
    note: z.string().nullable(),
    /** Admins only: absent for anyone else. */
    costCents: z.number().int().optional(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    /** Whether the caller may edit or delete it (their own entry, or an admin). */
    editable: z.boolean(),
  })
  .meta({ id: 'TimeEntry' });
export type TimeEntry = z.infer<typeof TimeEntry>;

export const TimeEntryList = z.object({
  items: z.array(TimeEntry),
  totalMinutes: z.number().int(),
  /** Admins only. */
  totalCostCents: z.number().int().optional(),
});
export type TimeEntryList = z.infer<typeof TimeEntryList>;

const Minutes = z.number().int().min(1, 'at least 1 minute').max(1440, 'at most 1440 minutes (a day)');

export const CreateTimeEntryBody = z.object({
  workDate: z.iso.date(),
  minutes: Minutes,
  note: z.string().trim().max(1000).nullish().transform((v) => v || null),
});
export type CreateTimeEntryBody = z.input<typeof CreateTimeEntryBody>;

export const UpdateTimeEntryBody = z.object({
  workDate: z.iso.date().optional(),
  minutes: Minutes.optional(),
  note: z.string().trim().max(1000).nullish().transform((v) => (v === undefined ? undefined : v || null)),
});
export type UpdateTimeEntryBody = z.input<typeof UpdateTimeEntryBody>;
