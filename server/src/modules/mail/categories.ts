import type { MailCategory } from '@guichet/contract/mail';
import type { NotificationKind } from '@guichet/contract/notifications';

/** Which switch of a person's mail preferences a notification kind obeys. */
export const MAIL_CATEGORY: Record<NotificationKind, MailCategory> = {
  client_replied: 'client_reply',
  ticket_assigned: 'assignment',
  ticket_unassigned_waiting: 'assignment',
  ticket_status_changed: 'status_change',
  budget_threshold: 'budget_alert',
  budget_projection: 'budget_alert',
  ticket_opened: 'ticket_opened',
  agent_replied: 'agent_reply',
  ticket_resolved: 'resolution',
  ticket_closed: 'closing',
};

/** Whether a person with these opt-outs gets a mail of this kind. */
export const wantsMail = (optOut: readonly string[], kind: NotificationKind) => !optOut.includes(MAIL_CATEGORY[kind]);
