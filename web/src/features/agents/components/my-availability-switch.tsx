import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyAgent } from '../api/get-my-agent';
import { AgentAvailabilitySwitch } from './agent-availability-switch';
import { todayIn } from './time-zones';
import { unavailableReason } from './unavailable-reason';

/**
 * The header's « Disponible » switch, for agents: takes them in or out of automatic assignment.
 * Next to it, what the server says now (`availableNow`): « Disponible maintenant », or why not
 * (« Hors horaires de travail », « En congé », « Capacité atteinte »…).
 */
export function MyAvailabilitySwitch() {
  const { t } = useTranslation();
  const me = useMyAgent();
  const stateId = useId();
  if (!me.data || typeof me.data.available !== 'boolean') return null;
  const agent = me.data;
  const state = agent.availableNow
    ? t('agents.availableNow')
    : t(`agents.reasons.${unavailableReason(agent, todayIn(agent.timezone))}`);
  return (
    <Group gap="xs" wrap="nowrap">
      {/* the word beside the switch gives way on a phone (the switch keeps its name) */}
      <AgentAvailabilitySwitch
        agent={agent}
        label={
          <Text span inherit visibleFrom="xs">
            {t('agents.header.available')}
          </Text>
        }
        ariaLabel={t('agents.header.available')}
        describedBy={stateId}
      />
      <Text id={stateId} fz="xs" c={agent.availableNow ? 'green.8' : 'dimmed'} visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
        {state}
      </Text>
    </Group>
  );
}
