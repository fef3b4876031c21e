import type { Agent } from '@guichet/contract/agents';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconClockEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { HiddenCaption } from '../../../components/hidden-caption';
import { AgentAvailabilitySwitch } from './agent-availability-switch';
import { nextLeave, useLeaveFormat } from './leave-dates';
import { todayIn } from './time-zones';
import { unavailableReason } from './unavailable-reason';

interface AgentsTableProps {
  agents: Agent[];
  onEditSchedule: (agent: Agent) => void;
}

export function AgentsTable({ agents, onEditSchedule }: AgentsTableProps) {
  const { t } = useTranslation();
  const { day, period } = useLeaveFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="sm">
        <HiddenCaption>{t('agents.tableCaption')}</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('agents.columns.name')}</Table.Th>
            <Table.Th>{t('agents.columns.availability')}</Table.Th>
            <Table.Th>{t('agents.columns.load')}</Table.Th>
            <Table.Th>{t('agents.columns.timezone')}</Table.Th>
            <Table.Th>{t('agents.columns.nextLeave')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agents.map((agent) => {
            const today = todayIn(agent.timezone);
            const leave = nextLeave(agent.leaves, today);
            return (
              <Table.Tr key={agent.id}>
                <Table.Td>
                  <Text fw={500}>{agent.name}</Text>
                  <Text c="dimmed" fz="sm">
                    {agent.email}
                  </Text>
                  {agent.role === 'admin' && (
                    <Badge variant="light" color="grape" size="sm">
                      {t('roles.admin')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <AgentAvailabilitySwitch
                      agent={agent}
                      ariaLabel={t('agents.availabilityOf', { name: agent.name })}
                    />
                    <Stack gap={2}>
                      <Badge color={agent.availableNow ? 'green' : 'gray'} variant="light">
                        {agent.availableNow ? t('agents.availableNow') : t('agents.unavailable')}
                      </Badge>
                      {!agent.availableNow && (
                        <Text c="dimmed" fz="xs">
                          {t(`agents.reasons.${unavailableReason(agent, today)}`)}
                        </Text>
                      )}
                    </Stack>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm" span>
                    {t('agents.load', { count: agent.activeTickets })}
                  </Text>
                  {agent.capacity !== null && (
                    <Text fz="sm" span c={agent.activeTickets >= agent.capacity ? 'red' : 'dimmed'}>
                      {' '}
                      {t('agents.capacityOf', { max: agent.capacity })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{agent.timezone}</Table.Td>
                <Table.Td>
                  {!leave ? (
                    <Text c="dimmed" fz="sm">
                      {t('agents.noLeave')}
                    </Text>
                  ) : leave.startsOn <= today ? (
                    <Text fz="sm">{t('agents.onLeaveUntil', { date: day(leave.endsOn) })}</Text>
                  ) : (
                    <Text fz="sm">{period(leave)}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconClockEdit size={16} aria-hidden />}
                    aria-label={t('agents.editSchedule', { name: agent.name })}
                    onClick={() => onEditSchedule(agent)}
                  >
                    {t('agents.schedule.button')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
