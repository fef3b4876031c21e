import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Transform } from 'node:stream';
import { MailParser, type AddressObject, type AttachmentStream, type Headers, type MessageText } from 'mailparser';
import { sanitizeFileName, type FileStore } from '../../attachments/files.ts';
import type { MailHeaders } from './classify.ts';

/** A file of an incoming mail, stored under a generated name (or refused, with why). */
export interface MailFile {
  fileName: string;
  declaredType: string;
  /** Stored: its key, hash and size; null when it was over the size limit (nothing kept). */
  stored: { key: string; sha256: string; sizeBytes: number } | null;
}

export interface ParsedMail {
  headers: MailHeaders;
  messageId: string | null;
  from: { address: string; name: string } | null;
  /** Every address it was sent to (To, Cc, and the envelope's Delivered-To / X-Original-To). */
  recipients: string[];
  cc: string[];
  subject: string | null;
  date: Date | null;
  inReplyTo: string | null;
  references: string[];
  /** The plain text, or the HTML turned into text (never HTML). */
  text: string;
  files: MailFile[];
}

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  [value ?? []].flat().flatMap((a) => a.value.flatMap((v) => (v.address ? [v.address.toLowerCase()] : (v.group ?? []).flatMap((g) => (g.address ? [g.address.toLowerCase()] : [])))));

const headerValue = (line: string) => line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();

/** The raw header lines as name → value (unfolded; of a repeated header, the topmost: the one our own server added last). */
function rawHeaders(lines: { key: string; line: string }[]): MailHeaders {
  const map: MailHeaders = new Map();
  for (const { key, line } of lines) if (!map.has(key)) map.set(key, headerValue(line));
  return map;
}

/** Past this many files, a mail's further attachments are read and dropped (a flood of parts fills no disk). */
const MAX_FILES = 100;
/** HTML longer than this is not turned into text (the conversion is CPU-bound and grows faster than the size). */
const MAX_HTML_TO_TEXT = 512 * 1024;

/** Text the database can hold: no NUL (PostgreSQL refuses it), at most `max` characters. */
const clean = (value: string | null | undefined, max = 100_000): string | null => (value ? value.replace(/\u0000/g, '').slice(0, max) : null);

/** A Message-ID we can index: a long or odd one is replaced by its hash, still unique to it. */
function usableMessageId(value: string | undefined): string | null {
  const id = clean(value?.trim());
  if (!id) return null;
  return id.length <= 250 ? id : `<sha256.${createHash('sha256').update(id).digest('hex')}@long-id.guichet>`;
}

/**
 * Read a stored raw message as a stream: headers, text, and each attachment streamed into the
 * file store, none over `maxFileBytes` kept (the rest of it is read and dropped, so the parser goes
 * on). Throws when the message cannot be read; the caller removes `files` it no longer needs.
 */
export async function parseMail(rawPath: string, store: FileStore, maxFileBytes: number): Promise<ParsedMail> {
  const parser = new MailParser({ skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, checksumAlgo: false, maxHtmlLengthToParse: MAX_HTML_TO_TEXT });
  const files: MailFile[] = [];
  const pending: Promise<void>[] = [];
  let headers: Headers = new Map();
  let lines: { key: string; line: string }[] = [];
  let body: MessageText | null = null;
  const done = new Promise<void>((resolve, reject) => {
    parser.on('headers', (h: Headers) => (headers = h));
    parser.on('headerLines', (l: { key: string; line: string }[]) => (lines = l));
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        body = data;
        return;
      }
      const file: MailFile = { fileName: sanitizeFileName(data.filename ?? 'fichier'), declaredType: data.contentType, stored: null };
      files.push(file);
      if (files.length > MAX_FILES) {
        data.release?.(); // released unread: the parser drains it
        return;
      }
      let size = 0;
      // past the limit the bytes are dropped, not refused: the parser must read on to the next part
      const limit = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          size += chunk.length;
          callback(null, size <= maxFileBytes ? chunk : undefined);
        },
      });
      pending.push(
        store
          .saveStream(data.content.pipe(limit), Number.MAX_SAFE_INTEGER)
          .then(async (saved) => {
            if (size > maxFileBytes || saved.sizeBytes === 0) await store.remove(saved.key);
            else file.stored = saved;
          })
          .finally(() => data.release?.()),
      );
    });
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  const source = fs.createReadStream(rawPath);
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  try {
    await done;
  } catch (err) {
    // a mail that cannot be read leaves none of its files behind
    await Promise.allSettled(pending);
    await Promise.all(files.map((f) => f.stored && store.remove(f.stored.key)));
    throw err;
  }
  await Promise.allSettled(pending);
  const flat = rawHeaders(lines);
  const from = (headers.get('from') as AddressObject | undefined)?.value[0];
  const text = (body as MessageText | null)?.text ?? '';
  return {
    headers: flat,
    messageId: usableMessageId(headers.get('message-id') as string | undefined),
    from: from?.address ? { address: clean(from.address.toLowerCase(), 254)!, name: clean(from.name?.trim(), 200) ?? '' } : null,
    recipients: [
      ...addresses(headers.get('to') as AddressObject | undefined),
      ...addresses(headers.get('cc') as AddressObject | undefined),
      ...lines.filter((l) => l.key === 'delivered-to' || l.key === 'x-original-to').map((l) => headerValue(l.line).replace(/^.*<|>.*$/g, '').trim().toLowerCase()),
    ],
    cc: addresses(headers.get('cc') as AddressObject | undefined),
    subject: clean((headers.get('subject') as string | undefined)?.trim(), 1000),
    date: headers.get('date') instanceof Date ? (headers.get('date') as Date) : null,
    inReplyTo: clean(headers.get('in-reply-to') as string | undefined, 1000),
    // the newest references are the ones that count; a header of thousands is cut
    references: [(headers.get('references') as string | string[] | undefined) ?? []].flat().flatMap((r) => r.split(/\s+/)).filter(Boolean).slice(-20),
    text: clean(text.replace(/\r\n/g, '\n').trim(), 1_000_000) ?? '',
    files,
  };
}
