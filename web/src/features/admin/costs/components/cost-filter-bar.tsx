import '@mantine/dates/styles.css';
import type { CostGroupBy } from '@guichet/contract/reports';
import { Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientSelect } from '../../../../components/client-select';
import { useAgentList } from '../../../../lib/list-agents';
import { DEFAULT_GROUP_BY, effectiveRange, GROUP_BYS, PRESET_NAMES, PRESETS, type CostFilters } from './cost-filters';

interface CostFilterBarProps {
  filters: CostFilters;
  onChange: (filters: CostFilters) => void;
  /** YYYY-MM-DD, for the default range and the quick ranges. */
  today: string;
}

type PickerValue = [string | null, string | null];

export function CostFilterBar({ filters, onChange, today }: CostFilterBarProps) {
  const { t, i18n } = useTranslation();
  const groupById = useId();
  const agents = useAgentList();
  const set = (patch: Partial<CostFilters>) => onChange({ ...filters, ...patch });
  const range = effectiveRange(filters, today);

  // The range picker has a half-chosen state (start picked, end not yet) the URL does not keep.
  const [picked, setPicked] = useState<PickerValue>([range.from, range.to]);
  useEffect(() => setPicked([range.from, range.to]), [range.from, range.to]);
  const onPickerChange = (value: PickerValue) => {
    setPicked(value);
    const [from, to] = value;
    if (from && to) set({ from, to });
  };

  const agentOptions = [...(agents.data?.items ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, i18n.resolvedLanguage))
    .map((a) => ({ value: a.id, label: a.active ? a.name : t('costs.filters.inactiveAgent', { name: a.name }) }));
  // A bookmarked agent who is no longer listed still shows as chosen rather than as an empty field.
  const agentData =
    filters.agentId && agents.isSuccess && !agentOptions.some((o) => o.value === filters.agentId)
      ? [...agentOptions, { value: filters.agentId, label: t('costs.filters.unknownAgent') }]
      : agentOptions;

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
        <DatesProvider settings={{ locale: i18n.resolvedLanguage ?? 'fr', firstDayOfWeek: 1 }}>
          <DatePickerInput
            type="range"
            label={t('costs.filters.period')}
            leftSection={<IconCalendar size={16} aria-hidden />}
            value={picked}
            onChange={(value) => onPickerChange(value as PickerValue)}
            valueFormat="D MMM YYYY"
            allowSingleDateInRange
            ariaLabels={{
              nextMonth: t('costs.filters.nextMonth'),
              previousMonth: t('costs.filters.previousMonth'),
              nextYear: t('costs.filters.nextYear'),
              previousYear: t('costs.filters.previousYear'),
              nextDecade: t('costs.filters.nextDecade'),
              previousDecade: t('costs.filters.previousDecade'),
              monthLevelControl: t('costs.filters.monthLevel'),
              yearLevelControl: t('costs.filters.yearLevel'),
            }}
            w={{ base: '100%', sm: 260 }}
          />
        </DatesProvider>
        <ClientSelect value={filters.clientId} onChange={(clientId) => set({ clientId })} />
        <Select
          label={t('costs.filters.agent')}
          placeholder={t('costs.filters.agentPlaceholder')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('costs.filters.clearAgent') }}
          nothingFoundMessage={t('costs.filters.agentNothingFound')}
          value={filters.agentId ?? null}
          onChange={(agentId) => set({ agentId: agentId ?? undefined })}
          data={agentData}
          w={{ base: '100%', sm: 220 }}
        />
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
