import type { BudgetStatus } from '@guichet/contract/budgets';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Colours of a budget's status, for its badge and its progress bar. */
export const BUDGET_STATUS_COLOR: Record<BudgetStatus, string> = {
  ok: 'teal',
  warning: 'orange',
  projected_over: 'orange',
  over: 'red',
};

const BADGE_COLOR: Record<BudgetStatus, string> = { ...BUDGET_STATUS_COLOR, projected_over: 'red' };

/** « Dans le budget », « Seuil atteint », « Dépassement prévu », « Dépassé » — fiche client and clients list. */
export function BudgetStatusBadge({ status, size }: { status: BudgetStatus; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge color={BADGE_COLOR[status]} variant={status === 'over' ? 'filled' : 'light'} size={size}>
      {t(`budgets.status.${status}`)}
    </Badge>
  );
}
