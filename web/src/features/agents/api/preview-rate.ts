import type { CreateRateBody, RatePreview } from '@guichet/contract/time';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';

/** `POST /api/agents/{id}/rates/preview` (admin) — how many entries, how much money a new rate would re-price. */
export function previewRate(agentId: string, body: CreateRateBody): Promise<RatePreview> {
  return apiRequest<RatePreview>(`/api/agents/${encodeURIComponent(agentId)}/rates/preview`, { method: 'POST', body });
}

export function usePreviewRate(agentId: string) {
  return useMutation({ mutationFn: (body: CreateRateBody) => previewRate(agentId, body) });
}
