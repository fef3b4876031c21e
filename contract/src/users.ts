import { z } from 'zod';
import { Email, Id, Locale, PageQuery, page, Timestamp } from './common.ts';

export const StaffRole = z.enum(['admin', 'agent']);
export type StaffRole = z.infer<typeof StaffRole>;

export const Password = z.string().min(10, 'at least 10 characters').max(200);

export const User = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string(),
    role: z.enum(['admin', 'agent', 'contact']),
    active: z.boolean(),
    locale: Locale,
    lastLoginAt: Timestamp.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserList = page(User);
export type UserList = z.infer<typeof UserList>;

export const UserListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  role: z.enum(['admin', 'agent', 'contact', 'staff']).default('staff'),
});

export const CreateUserBody = z.object({
  email: Email,
  name: z.string().trim().min(1).max(120),
  role: StaffRole,
  password: Password,
  locale: Locale.default('fr'),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  role: StaffRole.optional(),
  active: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const ResetPasswordBody = z.object({ password: Password });
export type ResetPasswordBody = z.infer<typeof ResetPasswordBody>;
