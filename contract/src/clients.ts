import { z } from 'zod';
import { BudgetUsage } from './budgets.ts';
import { Email, Id, PageQuery, page, Timestamp } from './common.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** The CRM's own id for a client: letters, digits and `-_.:/` (it appears in URLs). */
export const ExternalRef = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:\-]*$/, 'letters, digits and . _ : - only');

export const Address = z.object({
  line1: optionalText(200),
  line2: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  country: optionalText(100),
});
export type Address = z.infer<typeof Address>;

/** Client fields without defaults, so that a partial update leaves absent fields alone. */
const ClientFieldsBase = z.object({
  name: z.string().trim().min(1, 'required').max(200),
  externalRef: ExternalRef.nullish().transform((v) => v ?? null),
  companyId: optionalText(40).describe('SIRET or other company identifier'),
  email: Email.nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null),
  phone: optionalText(40),
  address: Address,
  notes: optionalText(5000),
  active: z.boolean(),
});

const emptyAddress = { line1: null, line2: null, postalCode: null, city: null, country: null };

export const ClientFields = ClientFieldsBase.extend({
  address: Address.default(emptyAddress),
  active: z.boolean().default(true),
});
export type ClientFields = z.output<typeof ClientFields>;

export const CreateClientBody = ClientFields;
export type CreateClientBody = z.input<typeof CreateClientBody>;

/** Partial update; `address`, when given, replaces the whole address. */
export const UpdateClientBody = ClientFieldsBase.partial();
export type UpdateClientBody = z.input<typeof UpdateClientBody>;

export const Client = z
  .object({
    id: Id,
    name: z.string(),
    externalRef: z.string().nullable(),
    companyId: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.object({
      line1: z.string().nullable(),
      line2: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
      country: z.string().nullable(),
    }),
    notes: z.string().nullable(),
    active: z.boolean(),
    contactCount: z.number().int(),
    /** Admins only, in lists: the current period's budget usage (null: no budget for today). */
    budget: BudgetUsage.nullable().optional(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Client' });
export type Client = z.infer<typeof Client>;

export const ClientSort = z.enum(['name', '-name', 'externalRef', '-externalRef', 'createdAt', '-createdAt']);
export type ClientSort = z.infer<typeof ClientSort>;

export const ClientListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().describe('search in name, CRM reference and e-mail'),
  sort: ClientSort.default('name'),
  active: z.enum(['true', 'false']).optional(),
});
export type ClientListQuery = z.input<typeof ClientListQuery>;

export const ClientList = page(Client);
export type ClientList = z.infer<typeof ClientList>;

export const ContactFields = z.object({
  name: z.string().trim().min(1, 'required').max(120),
  email: Email,
  phone: optionalText(40),
  jobTitle: optionalText(120),
});

export const CreateContactBody = ContactFields.extend({
  /** When given, the contact gets a portal login with this initial password. */
  portalPassword: z.string().min(10).max(200).optional(),
  /** The language of the mails this contact receives. */
  locale: z.enum(['fr', 'en']).default('fr'),
});
export type CreateContactBody = z.input<typeof CreateContactBody>;

export const UpdateContactBody = ContactFields.partial().extend({
  /** Make this contact the client's main contact (the default requester of tickets staff open). */
  main: z.literal(true).optional(),
  /** The language of the mails this contact receives. */
  locale: z.enum(['fr', 'en']).optional(),
});
export type UpdateContactBody = z.input<typeof UpdateContactBody>;

export const Contact = z
  .object({
    id: Id,
    clientId: Id,
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    jobTitle: z.string().nullable(),
    /** The client's main contact: the default requester of tickets staff open. */
    main: z.boolean(),
    /** The language of the mails this contact receives. */
    locale: z.enum(['fr', 'en']),
    /** Portal login state: none, active or deactivated. */
    portalAccess: z.enum(['none', 'active', 'disabled']),
    createdAt: Timestamp,
  })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof Contact>;

export const ContactList = z.object({ items: z.array(Contact) });

export const PortalAccessBody = z.object({
  /** Give or reset the portal login with this initial password, or `enabled: false` to revoke it. */
  enabled: z.boolean(),
  password: z.string().min(10).max(200).optional(),
});
export type PortalAccessBody = z.infer<typeof PortalAccessBody>;

export const ClientContactParams = z.object({ id: Id, contactId: Id });

/** Body of `PUT /api/clients/by-ref/{externalRef}`; contacts are upserted by e-mail. */
export const UpsertClientBody = ClientFields.omit({ externalRef: true }).extend({
  contacts: z.array(ContactFields).max(200).optional(),
});
export type UpsertClientBody = z.input<typeof UpsertClientBody>;

export const UpsertClientResult = z.object({
  result: z.enum(['created', 'updated', 'unchanged']),
  client: Client,
});

export const ImportRowResult = z.object({
  line: z.number().int().describe('line number in the file, header is line 1'),
  externalRef: z.string().nullable(),
  result: z.enum(['created', 'updated', 'unchanged', 'rejected']),
  clientId: Id.nullable(),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
});
export type ImportRowResult = z.infer<typeof ImportRowResult>;

export const ImportReport = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    rows: z.array(ImportRowResult),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;

/** Columns of the client CSV import (header row required, `,` or `;` separated, UTF-8). */
export const IMPORT_COLUMNS = [
  'externalRef',
  'name',
  'companyId',
  'email',
  'phone',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'notes',
  'active',
] as const;
