import type { Budget } from '@guichet/contract/budgets';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HiddenCaption } from '../../../components/hidden-caption';
import { useBudgetFormat } from './budget-format';
import { BudgetOutcomeBadge } from './budget-outcome-badge';

interface BudgetPeriodsTableProps {
  budgets: Budget[];
  currency: string;
  selectedId: string | null;
  onSelect: (budget: Budget) => void;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/** « Périodes »: every budget of the client, newest first; a row opens that budget's detail. */
export function BudgetPeriodsTable({ budgets, currency, selectedId, onSelect }: BudgetPeriodsTableProps) {
  const { t } = useTranslation();
  const format = useBudgetFormat(currency);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table highlightOnHover verticalSpacing="xs">
        <HiddenCaption>{t('budgets.periods.caption')}</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('budgets.periods.period')}</Table.Th>
            <Table.Th ta="right">{t('budgets.periods.amount')}</Table.Th>
            <Table.Th ta="right">{t('budgets.periods.actual')}</Table.Th>
            <Table.Th ta="right">{t('budgets.periods.percent')}</Table.Th>
            <Table.Th>{t('budgets.periods.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {budgets.map((budget) => {
            const period = format.period(budget);
            return (
              <Table.Tr
                key={budget.id}
                onClick={() => onSelect(budget)}
                style={{ cursor: 'pointer' }}
                bg={budget.id === selectedId ? 'var(--mantine-color-indigo-light)' : undefined}
              >
                <Table.Td style={nowrap}>
                  {/* The row is clickable for the mouse; this button is the way in for the keyboard. */}
                  <Anchor
                    component="button"
                    type="button"
                    fw={600}
                    fz="sm"
                    aria-label={t('budgets.periods.show', { period })}
                    onClick={(event) => {
                      event.stopPropagation();
                      onSelect(budget);
                    }}
                  >
                    {period}
                  </Anchor>
                  {budget.state === 'current' && (
                    <Text span c="dimmed" fz="xs" ml={6}>
                      {t('budgets.periods.current')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {format.money(budget.amountCents)}
                </Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {format.money(budget.actualCents)}
                </Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {format.percent(budget.percentUsed)}
                </Table.Td>
                <Table.Td style={nowrap}>
                  <BudgetOutcomeBadge budget={budget} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
