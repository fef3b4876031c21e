import type { Agent } from '@guichet/contract/agents';
import { Switch } from '@mantine/core';
import type { ReactNode } from 'react';
import { notifyError } from '../../../components/notify';
import { useUpdateAgent } from '../api/update-agent';

interface AgentAvailabilitySwitchProps {
  agent: Agent;
  /** The visible label (« Disponible » in the header); when absent, only the accessible name is set. */
  label?: ReactNode;
  /** The accessible name: when there is no visible label (« Disponibilité de {nom} » in the table), or when the label may be hidden (narrow screens). */
  ariaLabel?: string;
  /** The id of a text that tells the availability the server computes now (`availableNow`). */
  describedBy?: string;
}

/** The agent's availability switch (`available`): shown as the new value while it is being saved. */
export function AgentAvailabilitySwitch({ agent, label, ariaLabel, describedBy }: AgentAvailabilitySwitchProps) {
  const update = useUpdateAgent();
  const checked = update.isPending ? (update.variables.body.available ?? agent.available) : agent.available;
  return (
    <Switch
      label={label}
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      checked={checked}
      aria-busy={update.isPending || undefined}
      onChange={(event) =>
        update.mutate(
          { id: agent.id, body: { available: event.currentTarget.checked } },
          { onError: (error) => notifyError(error) },
        )
      }
    />
  );
}
