import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgentSelect } from '../../../components/agent-select';
import { ClientSelect } from '../../../components/client-select';
import { DateRangeInput } from '../../../components/date-range-input';
import { DEFAULT_PERIOD, effectiveRange, PERIODS, type DashboardFilters, type Period } from './dashboard-filters';

interface DashboardFilterBarProps {
  filters: DashboardFilters;
  onChange: (filters: DashboardFilters) => void;
  /** YYYY-MM-DD, for the quick periods. */
  today: string;
}

/**
 * Period (a quick one, or dates picked in the calendar: « Personnalisée »), client and agent.
 * The calendar always shows the range the period stands for; picking dates makes it custom.
 */
export function DashboardFilterBar({ filters, onChange, today }: DashboardFilterBarProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<DashboardFilters>) => onChange({ ...filters, ...patch });
  const range = effectiveRange(filters, today);
  const period = filters.period ?? DEFAULT_PERIOD;

  const onPeriodChange = (value: string | null) => {
    const next = (value ?? DEFAULT_PERIOD) as Period;
    // « Personnalisée » starts from the range on screen, to be changed in the calendar.
    set(next === 'custom' ? { period: next, ...range } : { period: next, from: undefined, to: undefined });
  };

  return (
    <Group role="search" aria-label={t('dashboard.filters.label')} align="flex-end" gap="md">
      <Select
        label={t('dashboard.filters.period')}
        data={PERIODS.map((value) => ({ value, label: t(`dashboard.periods.${value}`) }))}
        value={period}
        onChange={onPeriodChange}
        allowDeselect={false}
        w={{ base: '100%', xs: 200 }}
      />
      <DateRangeInput
        label={t('dashboard.filters.dates')}
        from={range.from}
        to={range.to}
        onChange={(picked) => set({ period: 'custom', ...picked })}
        w={{ base: '100%', xs: 250 }}
      />
      <ClientSelect value={filters.clientId} onChange={(clientId) => set({ clientId })} />
      <AgentSelect value={filters.agentId} onChange={(agentId) => set({ agentId })} />
    </Group>
  );
}
