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
  references: string | string[] | null;
  /** The plain text, or the HTML turned into text (never HTML). */
  text: string;
  files: MailFile[];
}

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  [value ?? []].flat().flatMap((a) => a.value.flatMap((v) => (v.address ? [v.address.toLowerCase()] : (v.group ?? []).flatMap((g) => (g.address ? [g.address.toLowerCase()] : [])))));

/** The raw header lines as name → value (unfolded; a repeated header's values joined by `, `). */
function rawHeaders(lines: { key: string; line: string }[]): MailHeaders {
  const map: MailHeaders = new Map();
  for (const { key, line } of lines) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    map.set(key, map.has(key) ? `${map.get(key)}, ${value}` : value);
  }
  return map;
}

/**
 * Read a stored raw message as a stream: headers, text, and each attachment streamed into the
 * file store, none over `maxFileBytes` kept (the rest of it is read and dropped, so the parser goes
 * on). Throws when the message cannot be read; the caller removes `files` it no longer needs.
 */
export async function parseMail(rawPath: string, store: FileStore, maxFileBytes: number): Promise<ParsedMail> {
  const parser = new MailParser({ skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, checksumAlgo: false });
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
  } finally {
    await Promise.allSettled(pending);
  }
  const flat = rawHeaders(lines);
  const from = (headers.get('from') as AddressObject | undefined)?.value[0];
  const text = (body as MessageText | null)?.text ?? '';
  return {
    headers: flat,
    messageId: (headers.get('message-id') as string | undefined)?.trim() || null,
    from: from?.address ? { address: from.address.toLowerCase(), name: from.name?.trim() || '' } : null,
    recipients: [
      ...addresses(headers.get('to') as AddressObject | undefined),
      ...addresses(headers.get('cc') as AddressObject | undefined),
      ...['delivered-to', 'x-original-to'].flatMap((h) => (flat.get(h) ?? '').split(',').map((v) => v.replace(/^.*<|>.*$/g, '').trim().toLowerCase()).filter(Boolean)),
    ],
    cc: addresses(headers.get('cc') as AddressObject | undefined),
    subject: (headers.get('subject') as string | undefined)?.trim() || null,
    date: headers.get('date') instanceof Date ? (headers.get('date') as Date) : null,
    inReplyTo: (headers.get('in-reply-to') as string | undefined) ?? null,
    references: (headers.get('references') as string | string[] | undefined) ?? null,
    text: text.replace(/\r\n/g, '\n').trim(),
    files,
  };
}
