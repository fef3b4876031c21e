import type { Budget } from '@guichet/contract/budgets';
import { Drawer, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useBudget } from '../api/get-budget';
import type { BudgetActionHandlers } from './budget-actions';
import { useBudgetFormat } from './budget-format';
import { BudgetView } from './budget-view';

interface BudgetDetailDrawerProps {
  /** The budget chosen in « Périodes »; the drawer is closed when null. */
  budget: Budget | null;
  currency: string;
  onClose: () => void;
  actions: BudgetActionHandlers;
}

/** One period's budget in full (`GET /api/budgets/{id}`), in the same format as the current one. */
export function BudgetDetailDrawer({ budget, currency, onClose, actions }: BudgetDetailDrawerProps) {
  const { t } = useTranslation();
  const format = useBudgetFormat(currency);
  const detail = useBudget(budget?.id ?? null);
  return (
    <Drawer
      opened={budget !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={budget ? t('budgets.detail.title', { period: format.period(budget) }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      {budget &&
        (detail.isPending ? (
          <Stack aria-busy>
            <Skeleton height={80} />
            <Skeleton height={240} />
          </Stack>
        ) : detail.isError ? (
          <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
        ) : (
          <BudgetView budget={detail.data} currency={currency} headingOrder={3} actions={actions} />
        ))}
    </Drawer>
  );
}
