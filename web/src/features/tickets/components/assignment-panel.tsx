import type { Ticket } from '@guichet/contract/tickets';
import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconUserCheck, IconUserMinus, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/notify';
import { useAgentList } from '../../../lib/list-agents';
import { useAssignTicket } from '../api/assign-ticket';
import { useUpdateTicket } from '../api/update-ticket';
import { useTicketError } from './use-ticket-error';

/**
 * Who handles the ticket: an admin picks an agent (availability and load shown), lets the
 * server choose (« Assigner automatiquement ») or removes the assignee. Driven by `can.assign`;
 * an agent's « Prendre le ticket » (`can.takeOver`) is TakeOverButton.
 */
export function AssignmentPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const agents = useAgentList({ enabled: ticket.can.assign });
  const assign = useAssignTicket(ticket.id);
  const update = useUpdateTicket(ticket.id);
  const onError = useTicketError(ticket.id);
  const [agentId, setAgentId] = useState<string | null>(null);
  const busy = assign.isPending || update.isPending;

  if (!ticket.can.assign) return null;

  const onAssigned = (updated: Ticket) =>
    notifySuccess(
      updated.assignee ? t('tickets.assign.assigned', { name: updated.assignee.name }) : t('tickets.assign.unassigned'),
    );

  const candidates = (agents.data?.items ?? []).filter((a) => a.active);
  const byId = new Map(candidates.map((a) => [a.id, a]));

  return (
    <Stack gap="sm">
      {ticket.can.assign && (
        <Group align="flex-end" gap="sm">
          <Select
            label={t('tickets.assign.label')}
            placeholder={agents.isPending ? t('common.loading') : t('tickets.assign.placeholder')}
            data={candidates.map((a) => ({ value: a.id, label: a.name }))}
            value={agentId}
            onChange={setAgentId}
            searchable
            nothingFoundMessage={t('tickets.assign.nobody')}
            renderOption={({ option }) => {
              const agent = byId.get(option.value);
              if (!agent) return option.label;
              return (
                <Stack gap={0}>
                  <Text fz="sm">{agent.name}</Text>
                  <Group gap={6}>
                    <Badge size="xs" variant="light" color={agent.availableNow ? 'green' : 'gray'}>
                      {agent.availableNow ? t('tickets.assign.available') : t('tickets.assign.unavailable')}
                    </Badge>
                    <Text fz="xs" c="dimmed">
                      {t('tickets.assign.load', { count: agent.activeTickets })}
                    </Text>
                  </Group>
                </Stack>
              );
            }}
            w={{ base: '100%', sm: 300 }}
          />
          <Button
            leftSection={<IconUserCheck size={16} aria-hidden />}
            disabled={!agentId || busy || agentId === ticket.assignee?.id}
            loading={assign.isPending && Boolean(assign.variables && 'agentId' in assign.variables)}
            onClick={() =>
              agentId &&
              assign.mutate(
                { agentId, version: ticket.version },
                {
                  onSuccess: (updated) => {
                    setAgentId(null);
                    onAssigned(updated);
                  },
                  onError,
                },
              )
            }
          >
            {t('tickets.assign.submit')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconWand size={16} aria-hidden />}
            disabled={busy}
            loading={assign.isPending && Boolean(assign.variables && 'auto' in assign.variables)}
            onClick={() => assign.mutate({ auto: true, version: ticket.version }, { onSuccess: onAssigned, onError })}
          >
            {t('tickets.assign.auto')}
          </Button>
          {ticket.assignee && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconUserMinus size={16} aria-hidden />}
              disabled={busy}
              loading={update.isPending}
              onClick={() =>
                update.mutate({ version: ticket.version, assigneeId: null }, { onSuccess: onAssigned, onError })
              }
            >
              {t('tickets.assign.unassign')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
