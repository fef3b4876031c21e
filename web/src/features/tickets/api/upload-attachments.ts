import type { Attachment } from '@guichet/contract/tickets';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';

/** `POST /api/attachments`, multipart, one part `files` per file → 201 `{items}`. 413, 415, 400. */
export function uploadAttachments(files: File[]): Promise<{ items: Attachment[] }> {
  const body = new FormData();
  for (const file of files) body.append('files', file, file.name);
  return apiRequest<{ items: Attachment[] }>('/api/attachments', { method: 'POST', body });
}

export function useUploadAttachments() {
  return useMutation({ mutationFn: uploadAttachments });
}
