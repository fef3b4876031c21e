import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { agentKeys } from './query-keys';

/** `DELETE /api/agents/{id}/leaves/{leaveId}` (admin) → 204. */
export function deleteLeave(agentId: string, leaveId: string): Promise<void> {
  return apiRequest<void>(`/api/agents/${encodeURIComponent(agentId)}/leaves/${encodeURIComponent(leaveId)}`, {
    method: 'DELETE',
  });
}

export function useDeleteLeave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agentId, leaveId }: { agentId: string; leaveId: string }) => deleteLeave(agentId, leaveId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentKeys.all }),
  });
}
