import { z } from 'zod';
import { TimeZone } from './agents.ts';

export const FILE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'] as const;
export const FileType = z.enum(FILE_TYPES);

export const Settings = z
  .object({
    autoCloseDays: z.number().int().min(0).max(365).describe('0 = auto-close off'),
    autoAssign: z.boolean(),
    maxFileBytes: z.number().int().min(1024).max(50 * 1024 * 1024),
    allowedFileTypes: z.array(FileType).min(1),
    currency: z.string().regex(/^[A-Z]{3}$/),
    /** The company's time zone: « today » for budgets and report periods. */
    timeZone: TimeZone,
  })
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof Settings>;

export const UpdateSettingsBody = Settings.partial();
