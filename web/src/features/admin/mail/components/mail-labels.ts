import { InboundReason, type InboundStatus, type OutboxStatus } from '@guichet/contract/mail';
import { NotificationKind } from '@guichet/contract/notifications';
import type { TFunction } from 'i18next';

const isKind = (kind: string): kind is NotificationKind => (NotificationKind.options as readonly string[]).includes(kind);
const isReason = (reason: string): reason is InboundReason => (InboundReason.options as readonly string[]).includes(reason);

/** « Réponse du support », « Ticket résolu »…; a kind the interface does not know yet, as is. */
export function mailKindLabel(t: TFunction, kind: string): string {
  return isKind(kind) ? t(`mail.kinds.${kind}`) : kind;
}

/** Why a mail was quarantined or set aside, in words; a reason the interface does not know, as is. */
export function inboundReasonLabel(t: TFunction, reason: string): string {
  return isReason(reason) ? t(`mail.inbound.reasons.${reason}`) : reason;
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
