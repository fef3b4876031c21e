import type { ClientSort } from '@guichet/contract/clients';
import { clientQueryKey } from '../../../lib/get-client';

/** Query of `GET /api/clients`, as the list page builds it. */
export interface ClientListParams {
  q?: string;
  sort: ClientSort;
  limit: number;
  cursor?: string;
  active?: 'true' | 'false';
}

export const clientKeys = {
  all: ['clients'] as const,
  lists: () => [...clientKeys.all, 'list'] as const,
  list: (query: ClientListParams) => [...clientKeys.lists(), query] as const,
  detail: clientQueryKey,
  byRef: (externalRef: string) => [...clientKeys.all, 'by-ref', externalRef] as const,
  contacts: (clientId: string) => [...clientKeys.all, 'contacts', clientId] as const,
};
