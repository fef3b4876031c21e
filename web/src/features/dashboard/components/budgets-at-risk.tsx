import type { BudgetAtRisk } from '@guichet/contract/reports';
import { Anchor, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BudgetStatusBadge } from '../../../components/budget-status-badge';
import { budgetPeriodLabel } from '../../../lib/budget-period';
import { formatCents } from '../../../lib/money';
import { useDashboardFormat } from './dashboard-format';
import { DashboardSection } from './dashboard-section';

const nowrap = { whiteSpace: 'nowrap' } as const;
/** Over a year a client has a dozen monthly budgets: the most used ones first, the rest on demand. */
export const BUDGETS_SHOWN = 10;

/** Admins: budgets of the period that are over, or projected over, with a link to each client (the API lists the most used ones, `total` counts them all). */
export function BudgetsAtRisk({ budgets, total, currency }: { budgets: BudgetAtRisk[]; total: number; currency: string }) {
  const { t, i18n } = useTranslation();
  const format = useDashboardFormat();
  const money = (cents: number) => formatCents(cents, currency);
  const [all, setAll] = useState(false);
  const shown = all ? budgets : budgets.slice(0, BUDGETS_SHOWN);

  return (
    <DashboardSection title={t('dashboard.budgets.title')} empty={budgets.length === 0 ? t('dashboard.budgets.empty') : undefined}>
      <Table.ScrollContainer minWidth={620}>
        <Table striped verticalSpacing="xs">
          <Table.Caption>{t('dashboard.budgets.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.clients.client')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.budgets.period')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('dashboard.clients.budget')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('dashboard.budgets.actual')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('dashboard.budgets.projected')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.budgets.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((b) => (
              <Table.Tr key={b.budgetId}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/clients/${b.client.id}`}>
                    {b.client.name}
                  </Anchor>
                </Table.Th>
                <Table.Td style={nowrap}>{budgetPeriodLabel(t, i18n.resolvedLanguage ?? 'fr', b.periodKind, b.periodStart)}</Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {money(b.amountCents)}
                </Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {money(b.actualCents)} <Text span c="dimmed" fz="xs">({format.percent(b.percentUsed)})</Text>
                </Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {b.projectedCents === null ? t('dashboard.none') : money(b.projectedCents)}
                </Table.Td>
                <Table.Td>
                  <BudgetStatusBadge status={b.status} size="sm" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {budgets.length > BUDGETS_SHOWN && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll((v) => !v)} aria-expanded={all}>
          {all ? t('dashboard.budgets.showFewer', { count: BUDGETS_SHOWN }) : t('dashboard.budgets.showAll', { count: budgets.length })}
        </Button>
      )}
      {all && total > budgets.length && (
        <Text c="dimmed" fz="xs" mt="xs">
          {t('dashboard.budgets.listed', { shown: budgets.length, total })}
        </Text>
      )}
    </DashboardSection>
  );
}
