import type { ImportReport } from '@guichet/contract/clients';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';

/** `POST /api/clients/import` (admin), multipart field `file` → the per-row report. */
export function importClients(file: File): Promise<ImportReport> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiRequest<ImportReport>('/api/clients/import', { method: 'POST', body });
}

export function useImportClients() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importClients,
    // Client lists and fiches may have changed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clients'] }),
  });
}
