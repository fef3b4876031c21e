import type { BudgetDetail } from '@guichet/contract/budgets';
import { Group, Skeleton, Stack, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BudgetStatusBadge } from '../../../components/budget-status-badge';
import { BudgetActions, type BudgetActionHandlers } from './budget-actions';
import { BudgetFigures } from './budget-figures';
import { useBudgetFormat } from './budget-format';

// The charting library is heavy: loaded when a chart is first shown, not with the fiche client.
const BudgetChart = lazy(async () => ({ default: (await import('./budget-chart')).BudgetChart }));

interface BudgetViewProps {
  budget: BudgetDetail;
  currency: string;
  /** The view's own heading (the current budget on the fiche); none in the drawer, whose title says it. */
  title?: string;
  headingOrder: 3 | 4;
  actions: BudgetActionHandlers;
}

/** One budget as the fiche client shows it: status, figures, alerts, chart, actions. */
export function BudgetView({ budget, currency, title, headingOrder, actions }: BudgetViewProps) {
  const { t } = useTranslation();
  const format = useBudgetFormat(currency);
  const sub = (headingOrder + (title ? 1 : 0)) as 3 | 4 | 5;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <Group gap="sm" align="center">
          {title && (
            <Title order={headingOrder} fz="h4">
              {title}
            </Title>
          )}
          <BudgetStatusBadge status={budget.status} />
        </Group>
        <BudgetActions budget={budget} label={t('budgets.actions.label', { period: format.period(budget) })} {...actions} />
      </Group>
      <BudgetFigures budget={budget} currency={currency} headingOrder={sub} />
      <Suspense fallback={<Skeleton height={290} aria-hidden />}>
        <BudgetChart budget={budget} currency={currency} headingOrder={sub} />
      </Suspense>
    </Stack>
  );
}
