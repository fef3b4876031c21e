import { z } from 'zod';
import { Id, PageQuery, Role, Timestamp } from './common.ts';

export const TicketStatus = z.enum(['open', 'in_progress', 'resolved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;
export const TICKET_STATUSES = TicketStatus.options;

export const Priority = z.enum(['low', 'normal', 'high']);
export type Priority = z.infer<typeof Priority>;

export const ClosedReason = z.enum(['manual', 'auto_inactivity']);

const PersonRef = z.object({ id: Id, name: z.string() });

/** A contact of the ticket's client (`GET /api/clients/{id}/contacts` lists them). */
export const ContactRef = z.object({ id: Id, name: z.string(), email: z.string() }).meta({ id: 'ContactRef' });
export type ContactRef = z.infer<typeof ContactRef>;

export const Attachment = z
  .object({
    id: Id,
    fileName: z.string().describe('sanitised for display'),
    contentType: z.string().describe('detected from the content'),
    sizeBytes: z.number().int(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;
export const AttachmentList = z.object({ items: z.array(Attachment) });

export const Rating = z
  .object({
    stars: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    /** The agent credited: the assignee when the ticket was resolved. */
    agent: PersonRef.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Rating' });
export type Rating = z.infer<typeof Rating>;

/** A piece of a search excerpt: plain text (never HTML), `hit` when it is one of the matched words. */
export const ExcerptSegment = z.object({ text: z.string(), hit: z.boolean() });
export type ExcerptSegment = z.infer<typeof ExcerptSegment>;

export const SearchMatch = z
  .object({
    /** Where the words were found; `internal_note` only ever for staff. */
    field: z.enum(['subject', 'description', 'message', 'internal_note', 'client']),
    excerpt: z.array(ExcerptSegment),
  })
  .meta({ id: 'SearchMatch' });
export type SearchMatch = z.infer<typeof SearchMatch>;

export const TicketSummary = z
  .object({
    id: Id,
    number: z.number().int(),
    subject: z.string(),
    status: TicketStatus,
    priority: Priority,
    client: PersonRef,
    /** The requester: the client's contact the ticket is for (a contact id), or — for tickets opened before requesters were contacts — the person who opened it. */
    requester: PersonRef.nullable(),
    assignee: PersonRef.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    lastActivityAt: Timestamp,
    /** Whose move it is: the client's (a reply, or confirming a resolution), the support's, or nobody's (closed). */
    waitingOn: z.enum(['client', 'support']).nullable(),
    version: z.number().int(),
    /** With `q`: where the ticket matched, the passage cut in plain-text segments (render as text, hits emphasised). */
    match: SearchMatch.nullable().optional(),
  })
  .meta({ id: 'TicketSummary' });
export type TicketSummary = z.infer<typeof TicketSummary>;

export const Ticket = TicketSummary.extend({
  description: z.string(),
  /** The requester as a contact of the client (null for older tickets opened by staff). */
  requesterContact: ContactRef.nullable(),
  /** Contacts of the same client in copy: told of public replies, resolution and closing. */
  cc: z.array(ContactRef),
  /** Where the ticket came from. */
  source: z.enum(['web', 'mail', 'api']),
  /** A ticket opened by mail: the mail it came from (staff: `GET /api/mail/inbound/{id}` has the whole original). */
  originalMailId: Id.nullable(),
  firstResponseAt: Timestamp.nullable(),
  resolvedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  closedReason: ClosedReason.nullable(),
  attachments: z.array(Attachment),
  rating: Rating.nullable(),
  /** Minutes logged on the ticket (staff); 0 for contacts. */
  timeSpentMinutes: z.number().int(),
  /** The ticket's cost in cents: admins only, absent for anyone else. */
  costCents: z.number().int().optional(),
  /** Status moves the caller may make now (the UI offers only these). */
  allowedTransitions: z.array(TicketStatus),
  /** What the caller may do on this ticket now. */
  can: z.object({
    reply: z.boolean(),
    internalNote: z.boolean(),
    assign: z.boolean(),
    takeOver: z.boolean(),
    changePriority: z.boolean(),
    rate: z.boolean(),
  }),
}).meta({ id: 'Ticket' });
export type Ticket = z.infer<typeof Ticket>;

export const TicketSort = z.enum(['-createdAt', 'createdAt', '-priority', 'priority', '-lastActivityAt', 'lastActivityAt', 'relevance']);
export type TicketSort = z.infer<typeof TicketSort>;

const csvList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(10));

export const TicketListQuery = PageQuery.extend({
  clientId: Id.optional(),
  status: csvList(TicketStatus).optional().describe('one or several, comma separated'),
  priority: csvList(Priority).optional(),
  assigneeId: z.union([Id, z.enum(['none', 'me'])]).optional().describe('an agent id, `me`, or `none` for the unassigned queue'),
  from: z.iso.date().optional().describe('created on or after this day (UTC)'),
  to: z.iso.date().optional().describe('created on or before this day (UTC)'),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('full text over subject, description, messages (internal notes for staff) and client name; French stemming, accents ignored, prefixes and small typos found'),
  /** Default: `relevance` with `q`, else `-createdAt`. `relevance` needs `q`. */
  sort: TicketSort.optional(),
}).refine((query) => query.sort !== 'relevance' || query.q, { path: ['sort'], message: '`relevance` sorts a search: give `q`' });
export type TicketListQuery = z.input<typeof TicketListQuery>;

export const StatusCounts = z.object({ open: z.number().int(), in_progress: z.number().int(), resolved: z.number().int(), closed: z.number().int() });
export type StatusCounts = z.infer<typeof StatusCounts>;

export const TicketList = z.object({
  items: z.array(TicketSummary),
  nextCursor: z.string().nullable(),
  /** Tickets per status under the same filters, status filter left out. */
  counts: StatusCounts,
});
export type TicketList = z.infer<typeof TicketList>;

export const CreateTicketBody = z.object({
  /** Required for staff and API tokens; a contact's tickets are always for their own client. */
  clientId: Id.optional(),
  subject: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(20_000),
  priority: Priority.default('normal'),
  attachmentIds: z.array(Id).max(10).default([]),
  /** Staff and API tokens: the client's contact the ticket is for (default: the client's main contact). A contact's own tickets are always theirs. */
  requesterContactId: Id.optional(),
  /** Contacts of the same client to keep in copy. */
  ccContactIds: z.array(Id).max(20).default([]),
});
export type CreateTicketBody = z.input<typeof CreateTicketBody>;

export const UpdateTicketBody = z.object({
  version: z.number().int().min(1).describe('the version you read; 409 when the ticket changed since'),
  status: TicketStatus.optional(),
  priority: Priority.optional(),
  assigneeId: Id.nullable().optional(),
});
export type UpdateTicketBody = z.infer<typeof UpdateTicketBody>;

const Version = z.number().int().min(1).describe('the version you read; 409 when the ticket changed since');
export const AssignBody = z.union([z.object({ agentId: Id, version: Version }), z.object({ auto: z.literal(true), version: Version })]);
export type AssignBody = z.infer<typeof AssignBody>;

export const MessageKind = z.enum(['public', 'internal', 'system']);

export const Message = z
  .object({
    id: Id,
    ticketId: Id,
    kind: MessageKind,
    body: z.string(),
    /** A staff member or a portal login (a user id), or a client's contact without a login who wrote by mail (a contact id). */
    author: z.object({ id: Id, name: z.string(), role: Role }).nullable(),
    createdAt: Timestamp,
    attachments: z.array(Attachment),
    /** Came by mail: the body shown is the new text, quoted history and signature cut; `GET /api/mail/inbound/{id}` (staff) has the whole original. */
    inboundMailId: Id.nullable(),
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof Message>;

export const MessageList = z.object({ items: z.array(Message) });

export const MessageListQuery = z.object({ order: z.enum(['asc', 'desc']).default('asc') });

export const CreateMessageBody = z.object({
  body: z.string().trim().min(1).max(20_000),
  /** Staff only: an internal note, never shown to the client. */
  internal: z.boolean().default(false),
  attachmentIds: z.array(Id).max(10).default([]),
  /** Staff: « temps passé » logged with the reply (today, in minutes), so it costs no extra step. */
  timeSpentMinutes: z.number().int().min(1).max(1440).optional(),
});
export type CreateMessageBody = z.input<typeof CreateMessageBody>;

export const RateBody = z.object({
  stars: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).nullish().transform((v) => v || null),
});
export type RateBody = z.input<typeof RateBody>;

export const HistoryEvent = z
  .object({
    id: Id,
    kind: z.enum(['created', 'status', 'priority', 'assignee', 'time']),
    from: z.string().nullable().describe('status/priority value, assignee name, or time entry as "<minutes> min <YYYY-MM-DD>"'),
    to: z.string().nullable(),
    actor: PersonRef.nullable().describe('null for the system (auto-assign, auto-close)'),
    at: Timestamp,
  })
  .meta({ id: 'HistoryEvent' });
export type HistoryEvent = z.infer<typeof HistoryEvent>;
export const HistoryList = z.object({ items: z.array(HistoryEvent) });
