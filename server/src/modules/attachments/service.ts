import type { Attachment } from '@guichet/contract/tickets';
import { and, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { attachments, messages } from '../../db/schema.ts';
import { isStaff, type Actor } from '../../http/actor.ts';
import { AppError, badRequest, notFound } from '../../http/errors.ts';
import { currentSettings } from '../settings/service.ts';
import { loadVisibleTicket } from '../tickets/policy.ts';
import { detectContentType, nameForType, sanitizeFileName, type FileStore } from './files.ts';

type Row = typeof attachments.$inferSelect;

export const presentAttachment = (r: Row): Attachment => ({
  id: r.id,
  fileName: r.fileName,
  contentType: r.contentType,
  sizeBytes: r.sizeBytes,
  createdAt: r.createdAt.toISOString(),
});

/** An attachment as `attachmentsJson` gives it (timestamps as PostgreSQL writes them in JSON). */
export type AttachmentJson = Omit<Attachment, 'createdAt'> & { createdAt: string };

/**
 * The attachments `where` selects, oldest first, as one JSON array (null when none): a column of a
 * query that fetches a page in one statement instead of one more round trip.
 */
export const attachmentsJson = (where: SQL) =>
  sql<AttachmentJson[] | null>`(select json_agg(json_build_object(
    'id', ${attachments.id}, 'fileName', ${attachments.fileName}, 'contentType', ${attachments.contentType},
    'sizeBytes', ${attachments.sizeBytes}, 'createdAt', ${attachments.createdAt}) order by ${attachments.createdAt})
    from ${attachments} where ${where})`;

export const presentAttachmentsJson = (list: AttachmentJson[] | null): Attachment[] =>
  (list ?? []).map((a) => ({ ...a, createdAt: new Date(a.createdAt).toISOString() }));

export const fileTooLarge = (maxBytes: number) =>
  new AppError(413, 'file_too_large', `A file is larger than the limit of ${Math.round(maxBytes / 1024 / 1024)} MB.`, { maxBytes });

/**
 * Check every file (not empty, under the size limit, an allowed type judged from its content),
 * then store them all: one refused file refuses the upload and stores nothing.
 */
export async function uploadAttachments(
  db: Db,
  store: FileStore,
  actor: Actor,
  files: { fileName: string; bytes: Buffer }[],
): Promise<Attachment[]> {
  if (files.length === 0) throw badRequest('file_missing', 'Attach at least one file in the field "files".');
  const settings = await currentSettings(db);
  const checked = [];
  for (const file of files) {
    const fileName = sanitizeFileName(file.fileName);
    if (file.bytes.length === 0) throw badRequest('empty_file', `The file "${fileName}" is empty.`);
    if (file.bytes.length > settings.maxFileBytes) throw fileTooLarge(settings.maxFileBytes);
    const contentType = await detectContentType(file.bytes);
    if (!contentType || !(settings.allowedFileTypes as string[]).includes(contentType)) {
      throw new AppError(415, 'unsupported_file_type', `"${fileName}" is not an accepted file type (screenshots, PDF or plain text).`, {
        fileName,
        detected: contentType ?? null,
      });
    }
    checked.push({ fileName: nameForType(fileName, contentType), contentType, bytes: file.bytes });
  }
  const stored = [];
  try {
    for (const f of checked) stored.push({ ...f, ...(await store.save(f.bytes)) });
    const rows = await db
      .insert(attachments)
      .values(
        stored.map((f) => ({
          uploaderId: actor.userId,
          fileName: f.fileName,
          contentType: f.contentType,
          sizeBytes: f.bytes.length,
          sha256: f.sha256,
          storageKey: f.key,
        })),
      )
      .returning();
    return rows.map(presentAttachment);
  } catch (err) {
    await Promise.all(stored.map((f) => store.remove(f.key)));
    throw err;
  }
}

/** Uploads never attached to a ticket or message within `maxAgeMs` are deleted, rows and files. */
export async function purgeUnattached(db: Db, store: FileStore, now: Date, maxAgeMs = 24 * 3600_000): Promise<number> {
  const cutoff = new Date(now.getTime() - maxAgeMs);
  const gone = await db
    .delete(attachments)
    .where(and(isNull(attachments.ticketId), lt(attachments.createdAt, cutoff)))
    .returning({ key: attachments.storageKey });
  await Promise.all(gone.map((g) => store.remove(g.key)));
  return gone.length;
}

/** Attach files the caller uploaded (and that are not attached yet) to a ticket or message; the files attached. */
export async function claimAttachments(
  tx: Executor,
  actor: Actor,
  ids: string[],
  target: { ticketId: string; messageId: string | null },
): Promise<Row[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const owner = actor.userId ? eq(attachments.uploaderId, actor.userId) : isNull(attachments.uploaderId);
  const claimed = await tx
    .update(attachments)
    .set(target)
    .where(and(inArray(attachments.id, unique), owner, isNull(attachments.ticketId)))
    .returning();
  if (claimed.length !== unique.length) {
    throw badRequest('invalid_attachments', 'Some attachments do not exist, are not yours, or are already attached.');
  }
  return claimed;
}

/** The file if the caller may see it: its uploader before it is attached; afterwards whoever sees the ticket (staff only for internal notes). */
export async function attachmentForDownload(db: Executor, actor: Actor, id: string): Promise<Row> {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  if (!row) throw notFound('attachment');
  if (!row.ticketId) {
    if (row.uploaderId !== actor.userId) throw notFound('attachment');
    return row;
  }
  await loadVisibleTicket(db, actor, row.ticketId);
  if (row.messageId && !isStaff(actor)) {
    const [message] = await db.select({ kind: messages.kind }).from(messages).where(eq(messages.id, row.messageId));
    if (message?.kind !== 'public') throw notFound('attachment');
  }
  return row;
}
