import type { Budget } from '@guichet/contract/budgets';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../components/form-error';
import { notifySuccess } from '../../../components/notify';
import { useUpdateBudget } from '../api/update-budget';
import { BudgetAmountFields, budgetAmountRules } from './budget-amount-fields';
import { centsToInput, useBudgetFormat } from './budget-format';
import { parseBudgetAmount, type BudgetAmountValues } from './budget-form-values';

interface EditBudgetModalProps {
  /** The budget to change; closed when null. */
  budget: Budget | null;
  currency: string;
  onClose: () => void;
}

/** « Modifier »: a budget's amount and alert thresholds (its period stays). */
export function EditBudgetModal({ budget, currency, onClose }: EditBudgetModalProps) {
  const { t } = useTranslation();
  const format = useBudgetFormat(currency);
  return (
    <Modal opened={budget !== null} onClose={onClose} title={budget ? t('budgets.form.editTitle', { period: format.period(budget) }) : ''}>
      {budget && <EditBudgetForm key={budget.id} budget={budget} currency={currency} onDone={onClose} />}
    </Modal>
  );
}

function EditBudgetForm({ budget, currency, onDone }: { budget: Budget; currency: string; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useBudgetFormat(currency);
  const update = useUpdateBudget();
  const form = useForm<BudgetAmountValues>({
    initialValues: { amount: centsToInput(budget.amountCents), thresholds: budget.thresholds.map(String) },
    validate: budgetAmountRules(t),
  });

  const submit = form.onSubmit((values) => {
    const amount = parseBudgetAmount(values);
    if (!amount) return;
    update.mutate(
      { budgetId: budget.id, body: amount },
      {
        onSuccess: (saved) => {
          notifySuccess(t('budgets.form.updated', { period: format.period(saved) }));
          onDone();
        },
        onError: (error) => showFormError(form, error, {}),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <BudgetAmountFields form={form} currency={currency} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
