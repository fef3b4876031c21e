import { useTranslation } from 'react-i18next';
import { useMyAgent } from '../api/get-my-agent';
import { AgentAvailabilitySwitch } from './agent-availability-switch';

/** The header's « Disponible » switch, for agents: takes them in or out of automatic assignment. */
export function MyAvailabilitySwitch() {
  const { t } = useTranslation();
  const me = useMyAgent();
  if (!me.data || typeof me.data.available !== 'boolean') return null;
  return <AgentAvailabilitySwitch agent={me.data} label={t('agents.header.available')} />;
}
