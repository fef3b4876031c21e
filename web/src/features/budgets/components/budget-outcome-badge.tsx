import type { Budget } from '@guichet/contract/budgets';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BudgetStatusBadge } from '../../../components/budget-status-badge';

/** A period's result: « Respecté » / « Dépassé » once past, the status while current, « À venir » before. */
export function BudgetOutcomeBadge({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  if (budget.state === 'current') return <BudgetStatusBadge status={budget.status} />;
  if (budget.state === 'future') {
    return (
      <Badge color="gray" variant="light">
        {t('budgets.outcome.upcoming')}
      </Badge>
    );
  }
  const over = budget.status === 'over' || budget.remainingCents < 0;
  return (
    <Badge color={over ? 'red' : 'teal'} variant="light">
      {over ? t('budgets.outcome.exceeded') : t('budgets.outcome.respected')}
    </Badge>
  );
}
