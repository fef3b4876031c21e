import { Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconHeadset, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { useAgentList } from '../../../lib/list-agents';
import { usePageTitle } from '../../../lib/use-page-title';
import { AgentScheduleDrawer } from '../components/agent-schedule-drawer';
import { AgentsTable } from '../components/agents-table';
import { CreateAgentModal } from '../components/create-agent-modal';

/** Administration → Agents: availability, load, working hours, capacity and leaves. */
export function AgentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('agents.title'));
  // « Disponible maintenant » depends on the clock (working hours, leaves): keep it fresh.
  const agents = useAgentList({ refetchInterval: 60_000 });
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  // The drawer follows the list, so a saved change or a new leave shows at once.
  const editing = agents.data?.items.find((agent) => agent.id === editingId) ?? null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('agents.title')}</Title>
          <Text c="dimmed" fz="sm" maw={720}>
            {t('agents.intro')}
          </Text>
        </Stack>
        <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t('agents.new')}
        </Button>
      </Group>

      {agents.isPending ? (
        <Stack gap="xs" aria-busy>
          <Skeleton height={48} />
          <Skeleton height={48} />
          <Skeleton height={48} />
        </Stack>
      ) : agents.isError ? (
        <ErrorAlert error={agents.error} onRetry={() => void agents.refetch()} />
      ) : agents.data.items.length === 0 ? (
        <EmptyState icon={<IconHeadset size={32} />} title={t('agents.empty')} order={3} />
      ) : (
        <AgentsTable agents={agents.data.items} onEditSchedule={(agent) => setEditingId(agent.id)} />
      )}

      <CreateAgentModal opened={creating} onClose={() => setCreating(false)} />
      <AgentScheduleDrawer agent={editing} onClose={() => setEditingId(null)} />
    </Stack>
  );
}
