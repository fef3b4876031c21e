import type { InboundStatus, OutboxStatus } from '@guichet/contract/mail';
import type { TFunction } from 'i18next';

const KINDS = [
  'client_replied',
  'agent_replied',
  'ticket_resolved',
  'ticket_closed',
  'ticket_assigned',
  'ticket_unassigned_waiting',
  'budget_threshold',
  'budget_projection',
  'ticket_opened',
  'ticket_status_changed',
] as const;
type Kind = (typeof KINDS)[number];

const REASONS = [
  'unknown_sender',
  'other_client',
  'auto_reply',
  'bounce',
  'loop',
  'inactive_client',
  'unreadable',
  'too_large',
] as const;
type Reason = (typeof REASONS)[number];

/** « Réponse du support », « Ticket résolu »…; a kind the interface does not know yet, as is. */
export function mailKindLabel(t: TFunction, kind: string): string {
  return (KINDS as readonly string[]).includes(kind) ? t(`mail.kinds.${kind as Kind}`) : kind;
}

/** Why a mail was quarantined or set aside, in words; a reason the interface does not know, as is. */
export function inboundReasonLabel(t: TFunction, reason: string): string {
  return (REASONS as readonly string[]).includes(reason) ? t(`mail.inbound.reasons.${reason as Reason}`) : reason;
}

export const OUTBOX_STATUS_COLORS: Record<OutboxStatus, string> = {
  queued: 'blue',
  sending: 'cyan',
  sent: 'green',
  failed: 'red',
};

export const INBOUND_STATUS_COLORS: Record<InboundStatus, string> = {
  ticket: 'green',
  reply: 'teal',
  quarantined: 'orange',
  failed: 'gray',
  deleted: 'gray',
};
