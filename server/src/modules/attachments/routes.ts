import { ErrorBody, IdParams } from '@guichet/contract/common';
import { AttachmentList } from '@guichet/contract/tickets';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, perCaller } from '../../http/auth-hook.ts';
import { badRequest } from '../../http/errors.ts';
import { currentSettings } from '../settings/service.ts';
import { contentDisposition, FileStore } from './files.ts';
import * as service from './service.ts';

const tags = ['attachments'];

const MAX_FILES = 10;

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const store = new FileStore(app.config.filesDir);

  app.post(
    '/api/attachments',
    {
      config: { rateLimit: { max: app.config.writeMaxPerCallerPerMinute, timeWindow: '1 minute', keyGenerator: perCaller } },
      schema: {
        tags,
        summary: 'Upload files (multipart, parts named `files`); attach them by id when creating a ticket or message',
        description: 'Accepted: PNG, JPEG, GIF, WebP, PDF, plain text (settings), judged from the content. 415 for another type, 413 over the size limit.',
        consumes: ['multipart/form-data'],
        response: { 201: AttachmentList, 400: ErrorBody, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!request.isMultipart()) throw badRequest('file_missing', 'Send the files as multipart/form-data.');
      const { maxFileBytes } = await currentSettings(app.db);
      const files: { fileName: string; bytes: Buffer }[] = [];
      try {
        // Files only (no text fields), at most MAX_FILES of them: nothing else is buffered.
        const parts = request.files({ limits: { fileSize: maxFileBytes, files: MAX_FILES, fields: 0, parts: MAX_FILES, fieldSize: 1024 } });
        for await (const part of parts) {
          if (part.fieldname !== 'files') throw badRequest('file_missing', 'Send the files in parts named "files".');
          files.push({ fileName: part.filename, bytes: await part.toBuffer() });
        }
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') throw service.fileTooLarge(maxFileBytes);
        if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
          throw badRequest('too_many_files', `At most ${MAX_FILES} files at once, and no other fields.`);
        }
        throw err;
      }
      const items = await service.uploadAttachments(app.db, store, actor, files);
      return reply.status(201).send({ items });
    },
  );

  app.get(
    '/api/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Download a file (images inline; `?download=1` forces a download)',
        params: IdParams,
        querystring: z.object({ download: z.enum(['0', '1']).optional() }),
        response: { 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const row = await service.attachmentForDownload(app.db, actorOf(request), request.params.id);
      const inline = row.contentType.startsWith('image/') && request.query.download !== '1';
      return reply
        .type(row.contentType)
        .header('content-disposition', contentDisposition(row.fileName, inline))
        .header('content-length', row.sizeBytes)
        .header('cache-control', 'private, max-age=300')
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .send(store.open(row.storageKey) as never);
    },
  );
};
