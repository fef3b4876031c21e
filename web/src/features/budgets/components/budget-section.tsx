import type { Budget } from '@guichet/contract/budgets';
import { Button, Card, Divider, Group, Skeleton, Stack, Title } from '@mantine/core';
import { IconPlus, IconReceipt2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { localToday } from '../../../lib/duration';
import { useDeleteBudget } from '../api/delete-budget';
import { useClientBudgets } from '../api/list-client-budgets';
import type { BudgetActionHandlers } from './budget-actions';
import { BudgetDetailDrawer } from './budget-detail-drawer';
import { nextDay } from './budget-form-values';
import { useBudgetFormat } from './budget-format';
import { BudgetPeriodsTable } from './budget-periods-table';
import { BudgetView } from './budget-view';
import { ClientCostSummary } from './client-cost-summary';
import { CopyBudgetModal } from './copy-budget-modal';
import { CreateBudgetModal } from './create-budget-modal';
import { EditBudgetModal } from './edit-budget-modal';

/**
 * « Budget » on the fiche client (admins only; the router composes it in): what the client cost,
 * the current period's budget with its chart, every period, and the actions on them.
 */
export function BudgetSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const budgets = useClientBudgets(clientId);
  const currency = budgets.data?.currency ?? 'EUR';
  const format = useBudgetFormat(currency);
  const remove = useDeleteBudget();
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<Budget | null>(null);
  const [editing, setEditing] = useState<Budget | null>(null);
  const [copying, setCopying] = useState<Budget | null>(null);
  const [deleting, setDeleting] = useState<Budget | null>(null);

  const actions: BudgetActionHandlers = { onEdit: setEditing, onCopy: setCopying, onDelete: setDeleting };

  const confirmDelete = (budget: Budget) =>
    remove.mutate(budget.id, {
      onSuccess: () => {
        notifySuccess(t('budgets.delete.done', { period: format.period(budget) }));
        setDeleting(null);
        if (selected?.id === budget.id) setSelected(null);
      },
      onError: (error) => {
        setDeleting(null);
        notifyError(error);
      },
    });

  const items = budgets.data?.items ?? [];
  const current = budgets.data?.current ?? null;
  // « Nouveau budget » offers the period after the latest one when that one is still running or ahead.
  // the company's today (settings' time zone) once known
  const today = budgets.data?.today ?? localToday();
  const latest = items[0];
  const initialDay = latest && latest.periodEnd >= today ? nextDay(latest.periodEnd) : today;

  return (
    <Card withBorder component="section" aria-labelledby="client-budget-title">
      <Group justify="space-between" align="center" mb="sm">
        <Title order={2} fz="h3" id="client-budget-title">
          {t('budgets.title')}
        </Title>
        {budgets.isSuccess && (
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('budgets.new')}
          </Button>
        )}
      </Group>

      {budgets.isPending ? (
        <Stack aria-busy>
          <Skeleton height={72} />
          <Skeleton height={200} />
        </Stack>
      ) : budgets.isError ? (
        <ErrorAlert error={budgets.error} onRetry={() => void budgets.refetch()} />
      ) : (
        <Stack gap="lg">
          <ClientCostSummary cost={budgets.data.cost} currency={currency} />

          {current ? (
            <BudgetView
              budget={current}
              currency={currency}
              title={t('budgets.current.title', { period: format.period(current) })}
              headingOrder={3}
              actions={actions}
            />
          ) : (
            <EmptyState
              icon={<IconReceipt2 size={28} />}
              title={t('budgets.current.emptyTitle')}
              description={t('budgets.current.emptyDescription')}
              order={3}
            >
              <Button onClick={() => setCreating(true)}>{t('budgets.define')}</Button>
            </EmptyState>
          )}

          {items.length > 0 && (
            <Stack gap="xs">
              <Divider />
              <Title order={3} fz="h4">
                {t('budgets.periods.title')}
              </Title>
              <BudgetPeriodsTable budgets={items} currency={currency} selectedId={selected?.id ?? null} onSelect={setSelected} />
            </Stack>
          )}
        </Stack>
      )}

      <BudgetDetailDrawer budget={selected} currency={currency} onClose={() => setSelected(null)} actions={actions} />
      {creating && (
        <CreateBudgetModal
          opened
          onClose={() => setCreating(false)}
          clientId={clientId}
          currency={currency}
          initialKind={latest?.periodKind ?? 'month'}
          initialDay={initialDay}
        />
      )}
      <EditBudgetModal budget={editing} currency={currency} onClose={() => setEditing(null)} />
      <CopyBudgetModal budget={copying} currency={currency} onClose={() => setCopying(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('budgets.delete.title')}
        message={deleting ? t('budgets.delete.message', { period: format.period(deleting), amount: format.money(deleting.amountCents) }) : ''}
        confirmLabel={t('budgets.delete.confirm')}
        onConfirm={() => deleting && confirmDelete(deleting)}
        onClose={() => setDeleting(null)}
        loading={remove.isPending}
      />
    </Card>
  );
}
