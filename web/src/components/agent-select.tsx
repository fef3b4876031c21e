import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgentList } from '../lib/list-agents';

interface AgentSelectProps {
  value: string | undefined;
  onChange: (agentId: string | undefined) => void;
}

/**
 * « Agent »: every agent by name, inactive ones marked, empty for « Tous les agents ». The dashboard
 * and Administration → Coûts filter with it.
 */
export function AgentSelect({ value, onChange }: AgentSelectProps) {
  const { t, i18n } = useTranslation();
  const agents = useAgentList();

  const options = [...(agents.data?.items ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, i18n.resolvedLanguage))
    .map((a) => ({ value: a.id, label: a.active ? a.name : t('agentSelect.inactive', { name: a.name }) }));
  // A bookmarked agent who is no longer listed still shows as chosen rather than as an empty field.
  const data =
    value && agents.isSuccess && !options.some((o) => o.value === value)
      ? [...options, { value, label: t('agentSelect.unknown') }]
      : options;

  return (
    <Select
      label={t('agentSelect.label')}
      placeholder={t('agentSelect.placeholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('agentSelect.clear') }}
      nothingFoundMessage={t('agentSelect.nothingFound')}
      value={value ?? null}
      onChange={(agentId) => onChange(agentId ?? undefined)}
      data={data}
      w={{ base: '100%', sm: 220 }}
    />
  );
}
