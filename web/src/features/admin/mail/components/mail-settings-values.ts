import type { MailSettings, UpdateMailSettingsBody } from '@guichet/contract/mail';

type Security = MailSettings['smtp']['security'];

/** The form's values: text as typed ('' = none), passwords empty unless a new one is typed. */
export interface MailSettingsValues {
  fromAddress: string;
  fromName: string;
  smtp: { host: string; port: number | string; security: Security; user: string; password: string; removePassword: boolean };
  imap: {
    enabled: boolean;
    host: string;
    port: number | string;
    tls: boolean;
    user: string;
    password: string;
    removePassword: boolean;
    folder: string;
  };
}

export function mailSettingsValues(s: MailSettings): MailSettingsValues {
  return {
    fromAddress: s.fromAddress ?? '',
    fromName: s.fromName ?? '',
    smtp: { host: s.smtp.host ?? '', port: s.smtp.port ?? '', security: s.smtp.security, user: s.smtp.user ?? '', password: '', removePassword: false },
    imap: {
      enabled: s.imap.enabled,
      host: s.imap.host ?? '',
      port: s.imap.port ?? '',
      tls: s.imap.tls,
      user: s.imap.user ?? '',
      password: '',
      removePassword: false,
      folder: s.imap.folder,
    },
  };
}

const text = (value: string) => value.trim() || null;
const port = (value: number | string) => (value === '' ? null : Number(value));

/** A typed password is sent; « supprimer » sends null; otherwise the stored one is left alone. */
function password(typed: string, remove: boolean): { password?: string | null } {
  if (remove) return { password: null };
  return typed ? { password: typed } : {};
}

/** What to PATCH: every part the environment does not set (the environment wins, so it is not sent). */
export function mailSettingsBody(values: MailSettingsValues, fromEnvironment: MailSettings['fromEnvironment']): UpdateMailSettingsBody {
  const body: UpdateMailSettingsBody = {};
  if (!fromEnvironment.from) {
    body.fromAddress = text(values.fromAddress);
    body.fromName = text(values.fromName);
  }
  if (!fromEnvironment.smtp) {
    const { smtp } = values;
    body.smtp = {
      host: text(smtp.host),
      port: port(smtp.port),
      security: smtp.security,
      user: text(smtp.user),
      ...password(smtp.password, smtp.removePassword),
    };
  }
  if (!fromEnvironment.imap) {
    const { imap } = values;
    body.imap = {
      enabled: imap.enabled,
      host: text(imap.host),
      port: port(imap.port),
      tls: imap.tls,
      user: text(imap.user),
      folder: imap.folder.trim() || 'INBOX',
      ...password(imap.password, imap.removePassword),
    };
  }
  return body;
}
