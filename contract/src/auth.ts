import { z } from 'zod';
import { Email, Id, Locale, Role, Timestamp } from './common.ts';

export const LoginBody = z.object({
  email: Email,
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof LoginBody>;

/** The signed-in user, as `GET /api/auth/me` and `POST /api/auth/login` return it. */
export const Me = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string(),
    role: Role,
    locale: Locale,
    /** For a client contact: the client they belong to. */
    clientId: Id.nullable(),
    clientName: z.string().nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const UpdateMeBody = z.object({ locale: Locale.optional(), name: z.string().trim().min(1).max(120).optional() });
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10).max(200),
});

export const SessionInfo = z.object({ expiresAt: Timestamp });
