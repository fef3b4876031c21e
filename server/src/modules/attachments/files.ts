import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromBuffer } from 'file-type';

/** The type of a file from its content (magic bytes), never from its name; plain text when it is valid UTF-8 without NULs. */
export async function detectContentType(bytes: Buffer): Promise<string | undefined> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return detected.mime;
  if (bytes.includes(0)) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'text/plain';
  } catch {
    return undefined;
  }
}

/** `detectContentType` for a stored file, read in pieces: its head for the magic bytes, then all of it only to check plain text. */
export async function detectFileContentType(file: string): Promise<string | undefined> {
  const handle = await fs.promises.open(file);
  try {
    const head = Buffer.alloc(4100);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const detected = await fileTypeFromBuffer(head.subarray(0, bytesRead));
    if (detected) return detected.mime;
  } finally {
    await handle.close();
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) return undefined;
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return 'text/plain';
  } catch {
    return undefined;
  }
}

/** A stream that was longer than its limit: what was written of it is removed. */
export class StreamTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`larger than ${maxBytes} bytes`);
  }
}

/** A name safe to display and to put in a header: no path, no control or reserved characters, 200 chars at most. */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/\p{Cf}/gu, '') // direction overrides could disguise "gnp.html" as "lmth.png"
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200);
  return cleaned || 'fichier';
}

const EXTENSIONS: Record<string, string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'text/plain': ['txt', 'log', 'csv', 'md'],
};

/** A saved file opens as what its extension says: make it say what the content is ("page.html" → "page.html.txt"). */
export function nameForType(fileName: string, contentType: string): string {
  const allowed = EXTENSIONS[contentType];
  if (!allowed) return fileName;
  const ext = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  return allowed.includes(ext) ? fileName : `${fileName}.${allowed[0]}`;
}

/** `Content-Disposition` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'fichier';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export class FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string) {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('bad storage key');
    return path.join(this.root, key.slice(0, 2), key);
  }

  /** Writes the bytes under a new generated name (temp file + rename, so a crash leaves no partial file). */
  async save(bytes: Buffer): Promise<{ key: string; sha256: string }> {
    const key = randomUUID();
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.tmp`;
    await fs.promises.writeFile(tmp, bytes, { flag: 'wx' });
    await fs.promises.rename(tmp, target);
    return { key, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  /**
   * Streams into a new file (hashed on the way; temp file + rename). Past `maxBytes` the file is
   * removed and `StreamTooLargeError` thrown — the source is then left part-read: the caller
   * drains or destroys it.
   */
  async saveStream(source: Readable, maxBytes: number): Promise<{ key: string; sha256: string; sizeBytes: number }> {
    const key = randomUUID();
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.tmp`;
    const hash = createHash('sha256');
    let sizeBytes = 0;
    try {
      await pipeline(
        source,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            sizeBytes += chunk.length;
            if (sizeBytes > maxBytes) throw new StreamTooLargeError(maxBytes);
            hash.update(chunk);
            yield chunk;
          }
        },
        fs.createWriteStream(tmp, { flags: 'wx' }),
      );
      await fs.promises.rename(tmp, target);
    } catch (err) {
      await fs.promises.rm(tmp, { force: true });
      throw err;
    }
    return { key, sha256: hash.digest('hex'), sizeBytes };
  }

  /** Where a stored file is on disk (to read it in pieces). */
  filePath(key: string) {
    return this.pathOf(key);
  }

  open(key: string) {
    return fs.createReadStream(this.pathOf(key));
  }

  async remove(key: string) {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}
