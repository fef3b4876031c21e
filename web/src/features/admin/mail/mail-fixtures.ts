// Test data for Administration → Courriels (not part of the app).
import type { InboundMail, MailSettings, OutboxList, OutboxMail, OutboxMailDetail } from '@guichet/contract/mail';

export const TICKET_ID = '00000000-0000-4000-8000-00000000a001';

export function outboxMail(overrides: Partial<OutboxMail> = {}): OutboxMail {
  return {
    id: '00000000-0000-4000-8000-0000000d0001',
    kind: 'agent_replied',
    ticket: { id: TICKET_ID, number: 1042 },
    toEmail: 'claire@acme.test',
    toName: 'Claire Contact',
    locale: 'fr',
    subject: '[#1042] Nouvelle réponse',
    status: 'queued',
    attempts: 0,
    nextAttemptAt: '2025-03-10T10:00:00.000Z',
    lastError: null,
    response: null,
    sentAt: null,
    createdAt: '2025-03-10T10:00:00.000Z',
    ...overrides,
  };
}

export function outboxDetail(overrides: Partial<OutboxMailDetail> = {}): OutboxMailDetail {
  return {
    ...outboxMail(),
    messageId: '<m1@guichet.test>',
    headers: { From: 'Support <support@guichet.test>', To: 'Claire Contact <claire@acme.test>', 'Message-ID': '<m1@guichet.test>' },
    textBody: 'Bonjour Claire,\n\nJulien a répondu.',
    htmlBody: '<p>Bonjour <b>Claire</b></p><script>window.__pwned = true;</script><img src=x onerror="window.__pwned = true">',
    ...overrides,
  };
}

export function outboxList(items: OutboxMail[], overrides: Partial<OutboxList> = {}): OutboxList {
  return {
    items,
    nextCursor: null,
    counts: { queued: 3, sending: 0, sent: 12, failed: 1 },
    smtpConfigured: false,
    ...overrides,
  };
}

export function inboundMail(overrides: Partial<InboundMail> = {}): InboundMail {
  return {
    id: '00000000-0000-4000-8000-0000000e0001',
    messageId: '<q1@example.test>',
    fromEmail: 'inconnu@example.test',
    fromName: 'Paul Inconnu',
    subject: 'Ma facture',
    status: 'quarantined',
    reason: 'unknown_sender',
    detail: null,
    ticket: null,
    sizeBytes: 1024,
    attachmentCount: 0,
    receivedAt: '2025-03-10T09:00:00.000Z',
    handledAt: null,
    ...overrides,
  };
}

export function mailSettings(overrides: Partial<MailSettings> = {}): MailSettings {
  return {
    fromAddress: 'support@guichet.test',
    fromName: 'Support Guichet',
    smtp: { host: 'smtp.guichet.test', port: 587, security: 'starttls', user: 'support', passwordSet: true },
    imap: {
      enabled: false,
      host: null,
      port: null,
      tls: true,
      user: null,
      passwordSet: false,
      folder: 'INBOX',
      lastPollAt: null,
      lastPollError: null,
    },
    fromEnvironment: { smtp: false, imap: false, from: false },
    canStorePasswords: true,
    ...overrides,
  };
}
