import '@mantine/dates/styles.css';
import type { Priority, StatusCounts, TicketSort, TicketStatus } from '@guichet/contract/tickets';
import { Button, Chip, Fieldset, Group, Select, Stack } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconCalendar, IconFilterOff, IconUserQuestion } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientSelect } from '../../../components/client-select';
import { useAgentList } from '../../../lib/list-agents';
import { PRIORITIES, TICKET_STATUSES } from './ticket-enums';
import { effectiveSort, hasActiveFilters, type TicketFilters } from './ticket-filters';
import { TicketSearchField } from './ticket-search-field';

const SORT_OPTIONS: { value: TicketSort; key: 'createdDesc' | 'createdAsc' | 'priorityDesc' | 'priorityAsc' | 'activityDesc' | 'activityAsc' }[] = [
  { value: '-createdAt', key: 'createdDesc' },
  { value: 'createdAt', key: 'createdAsc' },
  { value: '-priority', key: 'priorityDesc' },
  { value: 'priority', key: 'priorityAsc' },
  { value: '-lastActivityAt', key: 'activityDesc' },
  { value: 'lastActivityAt', key: 'activityAsc' },
];

interface TicketFilterBarProps {
  filters: TicketFilters;
  onChange: (filters: TicketFilters) => void;
  /** Tickets per status under the other filters, from the last answer. */
  counts: StatusCounts | undefined;
  /** The portal has no client or assignee filter. */
  portal?: boolean;
}

type DateRange = [string | null, string | null];

export function TicketFilterBar({ filters, onChange, counts, portal = false }: TicketFilterBarProps) {
  const { t, i18n } = useTranslation();
  const agents = useAgentList({ enabled: !portal });
  const set = (patch: Partial<TicketFilters>) => onChange({ ...filters, ...patch });

  // The range picker has a half-chosen state (start picked, end not yet) the URL does not keep.
  const [range, setRange] = useState<DateRange>([filters.from ?? null, filters.to ?? null]);
  useEffect(() => setRange([filters.from ?? null, filters.to ?? null]), [filters.from, filters.to]);
  const onRangeChange = (value: DateRange) => {
    setRange(value);
    const [from, to] = value;
    if ((from && to) || (!from && !to)) set({ from: from ?? undefined, to: to ?? undefined });
  };

  const unassignedOnly = filters.assigneeId === 'none';
  const statusLabel = (status: TicketStatus) =>
    counts
      ? t('tickets.filters.statusCount', { label: t(`tickets.status.${status}`), count: counts[status] })
      : t(`tickets.status.${status}`);

  const sortOptions = SORT_OPTIONS.map((o) => ({ value: o.value, label: t(`tickets.sort.${o.key}`) }));
  // « Pertinence » orders a search only: offered while there are words to look for.
  if (filters.q) sortOptions.unshift({ value: 'relevance', label: t('search.sortRelevance') });

  return (
    <Stack gap="sm" role="search" aria-label={t('tickets.filters.label')}>
      <Group align="flex-end" gap="md">
        <TicketSearchField value={filters.q} onChange={(q) => set({ q })} />
        {!portal && <ClientSelect value={filters.clientId} onChange={(clientId) => set({ clientId })} />}
        {!portal && (
          <Select
            label={t('tickets.filters.assignee')}
            placeholder={t('tickets.filters.assigneePlaceholder')}
            clearable
            clearButtonProps={{ 'aria-label': t('tickets.filters.clearAssignee') }}
            value={filters.assigneeId ?? null}
            onChange={(assigneeId) => set({ assigneeId: assigneeId ?? undefined })}
            data={[
              { value: 'me', label: t('tickets.filters.assigneeMe') },
              { value: 'none', label: t('tickets.filters.assigneeNone') },
              ...(agents.data?.items.length
                ? [
                    {
                      group: t('tickets.filters.agentsGroup'),
                      items: agents.data.items.map((a) => ({ value: a.id, label: a.name })),
                    },
                  ]
                : []),
            ]}
            w={{ base: '100%', sm: 220 }}
          />
        )}
        <DatesProvider settings={{ locale: i18n.resolvedLanguage ?? 'fr', firstDayOfWeek: 1 }}>
          <DatePickerInput
            type="range"
            label={t('tickets.filters.created')}
            placeholder={t('tickets.filters.createdPlaceholder')}
            leftSection={<IconCalendar size={16} aria-hidden />}
            clearable
            clearButtonProps={{ 'aria-label': t('tickets.filters.clearCreated') }}
            value={range}
            onChange={(value) => onRangeChange(value as DateRange)}
            valueFormat="D MMM YYYY"
            allowSingleDateInRange
            ariaLabels={{
              nextMonth: t('tickets.filters.nextMonth'),
              previousMonth: t('tickets.filters.previousMonth'),
              nextYear: t('tickets.filters.nextYear'),
              previousYear: t('tickets.filters.previousYear'),
              nextDecade: t('tickets.filters.nextDecade'),
              previousDecade: t('tickets.filters.previousDecade'),
              monthLevelControl: t('tickets.filters.monthLevel'),
              yearLevelControl: t('tickets.filters.yearLevel'),
            }}
            w={{ base: '100%', sm: 260 }}
          />
        </DatesProvider>
        <Select
          label={t('tickets.filters.sort')}
          value={effectiveSort(filters)}
          onChange={(sort) => sort && set({ sort: sort as TicketSort })}
          allowDeselect={false}
          data={sortOptions}
          w={{ base: '100%', sm: 280 }}
        />
      </Group>

      <Group align="flex-end" gap="lg">
        <Fieldset legend={t('tickets.filters.status')} variant="unstyled">
          <Chip.Group multiple value={filters.status} onChange={(status) => set({ status: status as TicketStatus[] })}>
            <Group gap="xs">
              {TICKET_STATUSES.map((status) => (
                <Chip key={status} value={status} size="sm">
                  {statusLabel(status)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Fieldset>
        <Fieldset legend={t('tickets.filters.priority')} variant="unstyled">
          <Chip.Group multiple value={filters.priority} onChange={(priority) => set({ priority: priority as Priority[] })}>
            <Group gap="xs">
              {PRIORITIES.map((priority) => (
                <Chip key={priority} value={priority} size="sm">
                  {t(`tickets.priority.${priority}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Fieldset>
        <Group gap="xs">
          {!portal && (
            <Button
              variant={unassignedOnly ? 'filled' : 'light'}
              leftSection={<IconUserQuestion size={16} aria-hidden />}
              aria-pressed={unassignedOnly}
              onClick={() => set({ assigneeId: unassignedOnly ? undefined : 'none' })}
            >
              {t('tickets.filters.unassignedQuick')}
            </Button>
          )}
          {hasActiveFilters(filters) && (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={16} aria-hidden />}
              onClick={() => onChange({ status: [], priority: [], sort: filters.sort })}
            >
              {t('tickets.filters.reset')}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
