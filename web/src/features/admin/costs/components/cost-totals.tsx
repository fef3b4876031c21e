import type { CostReport } from '@guichet/contract/reports';
import { Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../lib/duration';
import { formatCents } from '../../../../lib/money';
import { BudgetPercent } from './budget-percent';
import { percentOf, useCostFormat } from './cost-labels';

function Total({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder px="md" py="xs" radius="md">
      <Text component="dt" fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="dd" fz="lg" fw={700} m={0}>
        {children}
      </Text>
    </Paper>
  );
}

/** The whole period in one line: entries, time, cost and, when some client has one, the budget. */
export function CostTotals({ report }: { report: CostReport }) {
  const { t } = useTranslation();
  const format = useCostFormat();
  const { totals, currency } = report;
  return (
    <Group component="dl" gap="sm" m={0}>
      <Total label={t('costs.totals.entries')}>{format.count(totals.entries)}</Total>
      <Total label={t('costs.totals.time')}>{formatMinutes(totals.minutes)}</Total>
      <Total label={t('costs.totals.cost')}>{formatCents(totals.costCents, currency)}</Total>
      {totals.budgetCents !== null && (
        <>
          <Total label={t('costs.totals.budget')}>{formatCents(totals.budgetCents, currency)}</Total>
          <Total label={t('costs.totals.percent')}>
            <BudgetPercent percent={percentOf(totals.costCents, totals.budgetCents)} />
          </Total>
        </>
      )}
    </Group>
  );
}
