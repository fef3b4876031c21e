import type { Agent } from '@guichet/contract/agents';
import type { QueryClient } from '@tanstack/react-query';
import { agentListQueryKey } from '../../../lib/list-agents';

export const agentKeys = {
  all: ['agents'] as const,
  list: () => agentListQueryKey,
  me: () => [...agentKeys.all, 'me'] as const,
  rates: (agentId: string) => [...agentKeys.all, 'rates', agentId] as const,
};

/** Puts an agent the server just answered with into the cached list (and `me`), then refreshes both. */
export function storeAgent(queryClient: QueryClient, agent: Agent) {
  queryClient.setQueryData<{ items: Agent[] }>(agentKeys.list(), (list) =>
    list ? { ...list, items: list.items.map((a) => (a.id === agent.id ? agent : a)) } : list,
  );
  queryClient.setQueryData<Agent>(agentKeys.me(), (me) => (me?.id === agent.id ? agent : me));
  return queryClient.invalidateQueries({ queryKey: agentKeys.all });
}
