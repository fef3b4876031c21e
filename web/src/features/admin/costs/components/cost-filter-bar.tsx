import type { CostGroupBy } from '@guichet/contract/reports';
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AgentSelect } from '../../../../components/agent-select';
import { ClientSelect } from '../../../../components/client-select';
import { DateRangeInput } from '../../../../components/date-range-input';
import { DEFAULT_GROUP_BY, effectiveRange, GROUP_BYS, PRESET_NAMES, PRESETS, type CostFilters } from './cost-filters';

interface CostFilterBarProps {
  filters: CostFilters;
  onChange: (filters: CostFilters) => void;
  /** YYYY-MM-DD, for the default range and the quick ranges. */
  today: string;
}

export function CostFilterBar({ filters, onChange, today }: CostFilterBarProps) {
  const { t } = useTranslation();
  const groupById = useId();
  const set = (patch: Partial<CostFilters>) => onChange({ ...filters, ...patch });
  const range = effectiveRange(filters, today);

  return (
    <Stack gap="sm" role="search" aria-label={t('costs.filters.label')}>
      <Group gap="xs" role="group" aria-label={t('costs.filters.presets')}>
        {PRESET_NAMES.map((preset) => {
          const presetRange = PRESETS[preset](today);
          const active = presetRange.from === range.from && presetRange.to === range.to;
          return (
            <Button
              key={preset}
              size="xs"
              variant={active ? 'filled' : 'light'}
              aria-pressed={active}
              onClick={() => set(presetRange)}
            >
              {t(`costs.filters.${preset}`)}
            </Button>
          );
        })}
      </Group>
      <Group align="flex-end" gap="md">
        <DateRangeInput
          label={t('costs.filters.period')}
          from={range.from}
          to={range.to}
          onChange={set}
          w={{ base: '100%', sm: 260 }}
        />
        <ClientSelect value={filters.clientId} onChange={(clientId) => set({ clientId })} />
        <AgentSelect value={filters.agentId} onChange={(agentId) => set({ agentId })} />
      </Group>
      <Stack gap={4}>
        <Text component="span" fz="sm" fw={500} id={groupById}>
          {t('costs.filters.groupBy')}
        </Text>
        <SegmentedControl
          aria-labelledby={groupById}
          value={filters.groupBy ?? DEFAULT_GROUP_BY}
          // Another grouping starts from its own default order.
          onChange={(groupBy) => set({ groupBy: groupBy as CostGroupBy, sort: undefined })}
          data={GROUP_BYS.map((value) => ({ value, label: t(`costs.groupBy.${value}`) }))}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
    </Stack>
  );
}
