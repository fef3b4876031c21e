import { describe, expect, it } from 'vitest';
import { automaticKind, failedAuthentication, ourReferences, subjectTicketNumber, visibleReply } from './classify.ts';

const headers = (h: Record<string, string>) => new Map(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

describe('what an incoming mail is', () => {
  it('tells automatic answers, bounces and our own mails from people writing', () => {
    const own = ['support@example.test'];
    expect(automaticKind(headers({}), 'elise@client.test', own)).toBeNull();
    expect(automaticKind(headers({ 'Auto-Submitted': 'no' }), 'elise@client.test', own)).toBeNull();
    expect(automaticKind(headers({ 'Auto-Submitted': 'auto-replied' }), 'elise@client.test', own)).toBe('auto_reply');
    expect(automaticKind(headers({ 'X-Autoreply': 'yes' }), 'elise@client.test', own)).toBe('auto_reply');
    expect(automaticKind(headers({ Precedence: 'bulk' }), 'elise@client.test', own)).toBe('auto_reply');
    expect(automaticKind(headers({ 'Content-Type': 'multipart/report; report-type=delivery-status; boundary="x"' }), 'x@y.test', own)).toBe('bounce');
    expect(automaticKind(headers({}), 'MAILER-DAEMON@mx.client.test', own)).toBe('bounce');
    expect(automaticKind(headers({ 'Return-Path': '<>' }), 'someone@client.test', own)).toBe('bounce');
    expect(automaticKind(headers({}), 'elise@client.test', own, 'Réponse automatique : absente jusqu’au 8')).toBe('auto_reply');
    expect(automaticKind(headers({}), 'elise@client.test', own, 'Out of Office: back Monday')).toBe('auto_reply');
    expect(automaticKind(headers({}), 'elise@client.test', own, 'RE: [#12] Absence de connexion VPN')).toBeNull();
    expect(automaticKind(headers({}), 'Support@Example.test', own)).toBe('loop');
    expect(automaticKind(headers({ 'X-Guichet-Ticket': '1042' }), 'other@helpdesk.test', own)).toBe('loop');
  });

  it('trusts our own server’s verdict on a forged sender domain, and nobody else’s', () => {
    const ar = (v: string) => headers({ 'Authentication-Results': v });
    expect(failedAuthentication(ar('mx.guichet.test; dmarc=fail (p=reject) header.from=client.test'), 'mx.guichet.test')).toBe(true);
    expect(failedAuthentication(ar('mx.guichet.test; spf=fail smtp.mailfrom=client.test; dkim=none'), 'mx.guichet.test')).toBe(true);
    expect(failedAuthentication(ar('mx.guichet.test; spf=fail smtp.mailfrom=client.test; dkim=pass header.d=client.test'), 'mx.guichet.test')).toBe(false);
    expect(failedAuthentication(ar('mx.guichet.test; dmarc=pass; spf=pass'), 'mx.guichet.test')).toBe(false);
    expect(failedAuthentication(ar('evil.example; dmarc=fail'), 'mx.guichet.test')).toBe(false);
    expect(failedAuthentication(ar('mx.guichet.test; dmarc=fail'), undefined)).toBe(false);
  });

  it('finds the ticket a mail answers: our Message-IDs, newest first, and [#number] in the subject', () => {
    const t = '0b9a1f3e-4c2d-4e8f-9a7b-1c2d3e4f5a6b';
    const m = 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b';
    const refs = ourReferences(`<m.${m}@support.example.test>`, [`<CAF=abc@mail.gmail.com> <ticket.${t}@support.example.test>`]);
    expect(refs).toMatchObject({ ticketIds: [t] });
    expect(refs.all[0]).toBe(`<m.${m}@support.example.test>`);
    expect(ourReferences(null, null)).toEqual({ ticketIds: [], all: [] });
    expect(ourReferences('<garbage', 'also garbage')).toEqual({ ticketIds: [], all: [] });
    expect(subjectTicketNumber('RE: [#1042] Imprimante hors ligne')).toBe(1042);
    expect(subjectTicketNumber('Imprimante #1042')).toBeNull();
    expect(subjectTicketNumber(undefined)).toBeNull();
  });

  it('keeps the new text of an answer, without quoted history or signature', () => {
    expect(visibleReply('Merci, ça marche !\n\nLe jeu. 4 déc. 2026 à 10:00, Support <support@x.test> a écrit :\n> Bonjour\n> redémarrez')).toBe('Merci, ça marche !');
    expect(visibleReply('Thanks!\n-- \nJohn Doe\nACME\n\nOn Thu, Dec 4, 2026 at 10:00 AM Support <s@x> wrote:\n> hi')).toBe('Thanks!');
    expect(visibleReply("Toujours en panne.\n\n-----Message d'origine-----\nDe : Support\nObjet : [#12] x\n\nBonjour")).toBe('Toujours en panne.');
    expect(visibleReply('Oui, merci.\n\n— Répondez au-dessus de cette ligne —\nBonjour Élise,')).toBe('Oui, merci.');
    expect(visibleReply('> only quoted\n> text')).toBe('> only quoted\n> text');
  });
});
