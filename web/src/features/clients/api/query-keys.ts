import type { ClientSort } from '@guichet/contract/clients';
import { clientQueryKey } from '../../../lib/get-client';
import { clientContactsQueryKey } from '../../../lib/list-client-contacts';

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
  contacts: clientContactsQueryKey,
};
