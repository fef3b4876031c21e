import type { Locale } from '@guichet/contract/common';
import type { NotificationKind } from '@guichet/contract/notifications';

/** What a mail says: the event, the ticket or budget it is about, and the recipient's links. */
export interface MailFacts {
  kind: NotificationKind;
  locale: Locale;
  recipientName: string | null;
  actorName: string | null;
  ticket: { number: number; subject: string; status: string } | null;
  /** The new public message (never an internal note), as its author wrote it. */
  messageText: string | null;
  /** Where the recipient opens the ticket (null: a contact without a portal login). */
  ticketUrl: string | null;
  /** The signed rating link (resolution mails to contacts). */
  ratingUrl: string | null;
  preferencesUrl: string;
  /** Whether answering the mail adds to the ticket (the support mailbox is polled). */
  replyByMail: boolean;
  budget: { clientName: string; periodKind: 'month' | 'quarter' | 'year'; periodStart: string; thresholdPercent: number | null; budgetUrl: string | null } | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Inbound replies are cut above this line (with the usual quoting marks as a fallback). */
export const REPLY_ABOVE = { fr: '— Répondez au-dessus de cette ligne —', en: '— Reply above this line —' } as const;

const STRINGS = {
  fr: {
    hello: (name: string | null) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    status: { open: 'ouvert', in_progress: 'en cours', resolved: 'résolu', closed: 'fermé' } as Record<string, string>,
    subject: {
      ticket_opened: (s: string) => `Ticket ouvert : ${s}`,
      agent_replied: (s: string) => s,
      ticket_resolved: (s: string) => `Résolu : ${s}`,
      ticket_closed: (s: string) => `Fermé : ${s}`,
      client_replied: (s: string) => `Réponse du client : ${s}`,
      ticket_assigned: (s: string) => `Vous est assigné : ${s}`,
      ticket_unassigned_waiting: (s: string) => `En attente d'un agent : ${s}`,
      ticket_status_changed: (s: string) => `Statut modifié : ${s}`,
    } as Record<string, (subject: string) => string>,
    lead: {
      ticket_opened: (n: number) => `Votre demande est enregistrée sous le numéro #${n}. Nous vous répondons dès que possible.`,
      agent_replied: (n: number, a: string) => `${a} a répondu à votre ticket #${n} :`,
      ticket_resolved: (n: number, a: string) => `${a} a marqué votre ticket #${n} comme résolu.`,
      ticket_closed: (n: number) => `Votre ticket #${n} est fermé.`,
      client_replied: (n: number, a: string) => `${a} a répondu au ticket #${n} :`,
      ticket_assigned: (n: number) => `Le ticket #${n} vous est assigné.`,
      ticket_unassigned_waiting: (n: number) => `Le ticket #${n} attend un agent : personne n'était disponible pour le prendre.`,
      ticket_status_changed: (n: number, a: string, st: string) => `${a} a passé le ticket #${n} au statut « ${st} ».`,
    } as Record<string, (n: number, actor: string, status: string) => string>,
    someone: 'Le support',
    system: 'Guichet',
    resolvedHint: 'Si le problème persiste, répondez simplement à ce courriel : le ticket sera rouvert.',
    rateAsk: 'Votre avis nous aide : comment évaluez-vous notre réponse ?',
    rate: 'Évaluer',
    replyHint: 'Répondez à ce courriel pour compléter votre demande.',
    open: 'Ouvrir le ticket',
    prefs: 'Choisir les courriels que je reçois',
    auto: 'Ce courriel est envoyé automatiquement par Guichet.',
    budgetSubject: (client: string, period: string, pct: number | null) =>
      pct === null ? `Budget ${client} (${period}) : dépassement prévu` : `Budget ${client} (${period}) : seuil de ${pct} % atteint`,
    budgetLead: (client: string, period: string, pct: number | null) =>
      pct === null
        ? `Au rythme actuel, le budget de ${client} pour ${period} sera dépassé avant la fin de la période.`
        : `Le budget de ${client} pour ${period} a atteint ${pct} %.`,
    budgetOpen: 'Voir le budget',
    quarter: (q: number, y: number) => `T${q} ${y}`,
  },
  en: {
    hello: (name: string | null) => (name ? `Hello ${name},` : 'Hello,'),
    status: { open: 'open', in_progress: 'in progress', resolved: 'resolved', closed: 'closed' } as Record<string, string>,
    subject: {
      ticket_opened: (s: string) => `Ticket opened: ${s}`,
      agent_replied: (s: string) => s,
      ticket_resolved: (s: string) => `Resolved: ${s}`,
      ticket_closed: (s: string) => `Closed: ${s}`,
      client_replied: (s: string) => `Client reply: ${s}`,
      ticket_assigned: (s: string) => `Assigned to you: ${s}`,
      ticket_unassigned_waiting: (s: string) => `Waiting for an agent: ${s}`,
      ticket_status_changed: (s: string) => `Status changed: ${s}`,
    } as Record<string, (subject: string) => string>,
    lead: {
      ticket_opened: (n: number) => `Your request is recorded as #${n}. We will answer as soon as we can.`,
      agent_replied: (n: number, a: string) => `${a} replied to your ticket #${n}:`,
      ticket_resolved: (n: number, a: string) => `${a} marked your ticket #${n} as resolved.`,
      ticket_closed: (n: number) => `Your ticket #${n} is closed.`,
      client_replied: (n: number, a: string) => `${a} replied to ticket #${n}:`,
      ticket_assigned: (n: number) => `Ticket #${n} is assigned to you.`,
      ticket_unassigned_waiting: (n: number) => `Ticket #${n} is waiting for an agent: nobody was available to take it.`,
      ticket_status_changed: (n: number, a: string, st: string) => `${a} set ticket #${n} to “${st}”.`,
    } as Record<string, (n: number, actor: string, status: string) => string>,
    someone: 'Support',
    system: 'Guichet',
    resolvedHint: 'If the problem is still there, just reply to this e-mail: the ticket will be reopened.',
    rateAsk: 'Your opinion helps us: how would you rate our answer?',
    rate: 'Rate',
    replyHint: 'Reply to this e-mail to add to your request.',
    open: 'Open the ticket',
    prefs: 'Choose the e-mails I receive',
    auto: 'This e-mail was sent automatically by Guichet.',
    budgetSubject: (client: string, period: string, pct: number | null) =>
      pct === null ? `Budget ${client} (${period}): overrun projected` : `Budget ${client} (${period}): ${pct}% threshold reached`,
    budgetLead: (client: string, period: string, pct: number | null) =>
      pct === null
        ? `At the current pace, ${client}'s budget for ${period} will be overrun before the end of the period.`
        : `${client}'s budget for ${period} has reached ${pct}%.`,
    budgetOpen: 'See the budget',
    quarter: (q: number, y: number) => `Q${q} ${y}`,
  },
} as const;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** A user's text as HTML: escaped, line breaks kept — never markup of theirs. */
const paragraphs = (text: string) => esc(text).replace(/\r?\n/g, '<br>');

function periodLabel(locale: Locale, kind: 'month' | 'quarter' | 'year', start: string): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  if (kind === 'year') return String(y);
  if (kind === 'quarter') return STRINGS[locale].quarter(Math.floor((m - 1) / 3) + 1, y);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

/** The subject, plain text and HTML of a notification mail, in the recipient's language. */
export function renderMail(f: MailFacts): RenderedMail {
  const s = STRINGS[f.locale];
  const colon = f.locale === 'fr' ? ' : ' : ': ';
  const lines: string[] = [];
  const html: string[] = [];
  const para = (text: string) => {
    lines.push(text, '');
    html.push(`<p style="margin:0 0 12px">${paragraphs(text)}</p>`);
  };
  const link = (label: string, url: string) => {
    lines.push(`${label}${colon}${url}`, '');
    html.push(`<p style="margin:0 0 12px"><a href="${esc(url)}" style="color:#1c5fb8">${esc(label)}</a></p>`);
  };
  let subject: string;
  if (f.budget) {
    const period = periodLabel(f.locale, f.budget.periodKind, f.budget.periodStart);
    subject = s.budgetSubject(f.budget.clientName, period, f.budget.thresholdPercent);
    para(s.hello(f.recipientName));
    para(s.budgetLead(f.budget.clientName, period, f.budget.thresholdPercent));
    if (f.budget.budgetUrl) link(s.budgetOpen, f.budget.budgetUrl);
  } else {
    const t = f.ticket!;
    subject = `[#${t.number}] ${(s.subject[f.kind] ?? ((x: string) => x))(t.subject)}`;
    if (f.replyByMail) {
      lines.push(REPLY_ABOVE[f.locale], '');
      html.push(`<p style="color:#6b6b6b;font-size:12px;margin:0 0 16px">${esc(REPLY_ABOVE[f.locale])}</p>`);
    }
    para(s.hello(f.recipientName));
    const actor = f.actorName ?? (f.kind === 'ticket_closed' || f.kind === 'ticket_unassigned_waiting' ? s.system : s.someone);
    para((s.lead[f.kind] ?? s.lead.ticket_status_changed!)(t.number, actor, s.status[t.status] ?? t.status));
    if (f.messageText) {
      lines.push(...f.messageText.split(/\r?\n/).map((l) => `  ${l}`), '');
      html.push(`<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:3px solid #c9d3e0;color:#222">${paragraphs(f.messageText)}</blockquote>`);
    }
    if (f.kind === 'ticket_resolved') {
      para(s.resolvedHint);
      if (f.ratingUrl) {
        para(s.rateAsk);
        lines.push(`${s.rate}${colon}${f.ratingUrl}`, '');
        const stars = [1, 2, 3, 4, 5]
          .map((n) => `<a href="${esc(`${f.ratingUrl}?stars=${n}`)}" style="font-size:24px;color:#e8a400;text-decoration:none" title="${n}/5">★</a>`)
          .join(' ');
        html.push(`<p style="margin:0 0 8px">${stars}</p>`);
        html.push(`<p style="margin:0 0 16px"><a href="${esc(f.ratingUrl)}" style="display:inline-block;padding:8px 16px;background:#1c5fb8;color:#fff;border-radius:4px;text-decoration:none">${esc(s.rate)}</a></p>`);
      }
    } else if (f.replyByMail && (f.kind === 'ticket_opened' || f.kind === 'agent_replied')) {
      para(s.replyHint);
    }
    if (f.ticketUrl) link(s.open, f.ticketUrl);
  }
  lines.push('-- ', s.auto, `${s.prefs}${colon}${f.preferencesUrl}`);
  html.push(
    `<hr style="border:none;border-top:1px solid #ddd;margin:16px 0"><p style="color:#6b6b6b;font-size:12px;margin:0">${esc(s.auto)}<br><a href="${esc(f.preferencesUrl)}" style="color:#6b6b6b">${esc(s.prefs)}</a></p>`,
  );
  return {
    subject,
    text: lines.join('\n'),
    html: `<!doctype html><html lang="${f.locale}"><head><meta charset="utf-8"><title>${esc(subject)}</title></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222;max-width:640px">${html.join('')}</body></html>`,
  };
}
