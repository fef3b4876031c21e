import EmailReplyParser from 'email-reply-parser';
import { REPLY_ABOVE } from '../templates.ts';

/** The headers of an incoming mail that decide what it is (lower-case names, values as text). */
export type MailHeaders = Map<string, string>;

/**
 * Why a mail is not a person writing to us: an automatic answer (out of office…), a delivery
 * failure report (bounce), or our own mail coming back (a loop). Null: someone wrote.
 */
export function automaticKind(headers: MailHeaders, from: string | null, ownAddresses: string[], subject = ''): 'auto_reply' | 'bounce' | 'loop' | null {
  const h = (name: string) => headers.get(name)?.toLowerCase().trim() ?? '';
  const sender = (from ?? '').toLowerCase();
  // ours: sent by us (our From, or our marker header), or looping through another helpdesk
  if (ownAddresses.some((a) => a.toLowerCase() === sender) || headers.has('x-guichet-ticket') || headers.has('x-loop')) return 'loop';
  if (/multipart\/report/.test(h('content-type')) && /delivery-status/.test(h('content-type'))) return 'bounce';
  if (/^(mailer-daemon|postmaster)@/.test(sender) || h('return-path') === '<>' || h('x-failed-recipients')) return 'bounce';
  const autoSubmitted = h('auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto_reply';
  if (headers.has('x-autoreply') || headers.has('x-autorespond') || headers.has('x-autoresponse')) return 'auto_reply';
  if (/^(bulk|junk|list|auto_reply)$/.test(h('precedence'))) return 'auto_reply';
  // what out-of-office answers say when their software marks nothing
  if (/^\s*(r[ée]ponse automatique|automatic reply|auto(matic)?[ -]?reply|out of (the )?office|absence du bureau|absent\b)/i.test(subject)) return 'auto_reply';
  return null;
}

/**
 * Whether the receiving mail server found the sender's domain forged: the topmost
 * `Authentication-Results` written by our own server (`authservId`, as configured) says
 * `dmarc=fail`, or `spf=fail` with no `dkim=pass`. Without the setting nothing is judged (the
 * header could come from anyone).
 */
export function failedAuthentication(headers: MailHeaders, authservId: string | undefined): boolean {
  const results = headers.get('authentication-results');
  if (!authservId || !results) return false;
  const [server, ...methods] = results.split(';').map((p) => p.trim().toLowerCase());
  if (server?.split(/\s+/)[0] !== authservId.toLowerCase()) return false;
  const result = (method: string) => methods.find((m) => m.startsWith(`${method}=`))?.split(/[=\s]/)[1];
  return result('dmarc') === 'fail' || (result('spf') === 'fail' && result('dkim') !== 'pass');
}

/** `[#1042]` in a subject. */
export function subjectTicketNumber(subject: string | null | undefined): number | null {
  const m = /\[#(\d{1,12})\]/.exec(subject ?? '');
  return m ? Number(m[1]) : null;
}

/**
 * The Message-IDs a mail refers to (`In-Reply-To`, `References`), newest first — one of ours, or a
 * ticket's first mail, names its ticket — and the tickets' threads among them (`<ticket.{id}@…>`).
 */
export function ourReferences(inReplyTo: string | null | undefined, references: string | string[] | null | undefined): { ticketIds: string[]; all: string[] } {
  const all = [...[references ?? []].flat().flatMap((r) => r.split(/\s+/)), ...(inReplyTo ? inReplyTo.split(/\s+/) : [])]
    .map((r) => r.trim())
    .filter((r) => /^<[^<>\s]+>$/.test(r))
    .reverse();
  const uuid = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
  const pick = (prefix: string) => all.flatMap((r) => new RegExp(`^<${prefix}\\.${uuid}@`, 'i').exec(r)?.[1]?.toLowerCase() ?? []);
  return { ticketIds: pick('ticket'), all: [...new Set(all)] };
}

const replyParser = new EmailReplyParser();

/**
 * The new text of an answer: what is above our « reply above this line » marker, then without the
 * quoted history (« Le … a écrit : », « > … », « -----Message d'origine----- ») and the signature.
 * Falls back to the whole text when nothing would be left.
 */
export function visibleReply(text: string): string {
  let body = text.replace(/\r\n/g, '\n');
  for (const marker of Object.values(REPLY_ABOVE)) {
    const at = body.indexOf(marker);
    if (at >= 0) body = body.slice(0, at);
  }
  // a quoted header line Outlook writes in French or English starts the history
  body = body.split(/^(?:-{2,}\s*(?:Message d'origine|Original Message)\s*-{2,}|_{10,})\s*$/im)[0]!;
  const visible = replyParser.parseReply(body).trim();
  return visible || text.trim();
}
