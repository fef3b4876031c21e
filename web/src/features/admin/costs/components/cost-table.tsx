import type { CostGroupBy, CostRow, CostSort } from '@guichet/contract/reports';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HiddenCaption } from '../../../../components/hidden-caption';
import { SortableTh } from '../../../../components/sortable-th';
import { formatMinutes } from '../../../../lib/duration';
import { useDateFormat } from '../../../../lib/format';
import { formatCents } from '../../../../lib/money';
import { BudgetPercent } from './budget-percent';
import { isPeriodGroup } from './cost-filters';
import { useCostFormat } from './cost-labels';

interface CostTableProps {
  rows: CostRow[];
  groupBy: CostGroupBy;
  currency: string;
  sort: CostSort;
  onSort: (sort: CostSort) => void;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

function labelColumn(groupBy: CostGroupBy): 'ticket' | 'client' | 'agent' | 'period' {
  return groupBy === 'ticket' || groupBy === 'client' || groupBy === 'agent' ? groupBy : 'period';
}

function RowLabel({ row, groupBy }: { row: CostRow; groupBy: CostGroupBy }) {
  const { t } = useTranslation();
  const format = useCostFormat();
  const { day } = useDateFormat();
  const text = format.rowText(groupBy, row);
  if (groupBy === 'ticket' && row.ticket) {
    return (
      <Anchor component={Link} to={`/tickets/${row.ticket.id}`} fw={600}>
        {text}
      </Anchor>
    );
  }
  if (groupBy === 'client' && row.client) {
    return (
      <Anchor component={Link} to={`/clients/${row.client.id}`} fw={600}>
        {text}
      </Anchor>
    );
  }
  if (groupBy === 'week' && row.periodStart) {
    return (
      <>
        <Text span fw={600}>
          {text}
        </Text>{' '}
        <Text span c="dimmed" fz="sm">
          {t('costs.period.weekFrom', { date: day(row.periodStart) })}
        </Text>
      </>
    );
  }
  return (
    <Text span fw={600}>
      {text}
    </Text>
  );
}

/** One line per ticket, client, agent or period; sorted on the server. Budget columns when some row has a budget. */
export function CostTable({ rows, groupBy, currency, sort, onSort }: CostTableProps) {
  const { t } = useTranslation();
  const format = useCostFormat();
  const periods = isPeriodGroup(groupBy);
  // Only client and period rows carry a budget: no column of dashes for tickets and agents.
  const withBudget = rows.some((row) => row.budgetCents !== null);
  const dash = (
    <Text span c="dimmed">
      —
    </Text>
  );

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <HiddenCaption>{t('costs.table.caption', { group: t(`costs.groupNoun.${groupBy}`) })}</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            {/* Periods sort by their key (2026-W48, 2026-11, 2026-Q4): calendar order. */}
            <SortableTh
              field={periods ? 'key' : 'label'}
              label={t(`costs.table.columns.label.${labelColumn(groupBy)}`)}
              sort={sort}
              onSort={onSort}
            />
            <Table.Th ta="right">{t('costs.table.columns.entries')}</Table.Th>
            <SortableTh field="minutes" label={t('costs.table.columns.time')} sort={sort} onSort={onSort} ta="right" />
            <SortableTh field="costCents" label={t('costs.table.columns.cost')} sort={sort} onSort={onSort} ta="right" />
            {withBudget && <Table.Th ta="right">{t('costs.table.columns.budget')}</Table.Th>}
            {withBudget && <Table.Th ta="right">{t('costs.table.columns.percent')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td miw={220}>
                <RowLabel row={row} groupBy={groupBy} />
              </Table.Td>
              <Table.Td ta="right">{format.count(row.entries)}</Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {formatMinutes(row.minutes)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {formatCents(row.costCents, currency)}
              </Table.Td>
              {withBudget && (
                <Table.Td ta="right" style={nowrap}>
                  {row.budgetCents === null ? dash : formatCents(row.budgetCents, currency)}
                </Table.Td>
              )}
              {withBudget && (
                <Table.Td ta="right" style={nowrap}>
                  <BudgetPercent percent={row.percentOfBudget} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
