import type { Budget } from '@guichet/contract/budgets';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../components/form-error';
import { notifySuccess } from '../../../components/notify';
import { parseCents } from '../../../lib/money';
import { useUpdateBudget } from '../api/update-budget';
import { centsToInput, currencySymbol, useBudgetFormat } from './budget-format';
import { parseThresholds } from './budget-form-values';
import { ThresholdsInput } from './thresholds-input';

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

interface EditValues {
  amount: string;
  thresholds: string[];
}

function EditBudgetForm({ budget, currency, onDone }: { budget: Budget; currency: string; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useBudgetFormat(currency);
  const update = useUpdateBudget();
  const form = useForm<EditValues>({
    initialValues: { amount: centsToInput(budget.amountCents), thresholds: budget.thresholds.map(String) },
    validate: {
      amount: (value) => {
        const cents = parseCents(value);
        return cents === null || cents < 1 ? t('budgets.form.amountInvalid') : null;
      },
      thresholds: (value) => (parseThresholds(value) === null ? t('budgets.form.thresholdsInvalid') : null),
    },
  });

  const submit = form.onSubmit((values) => {
    const amountCents = parseCents(values.amount);
    const thresholds = parseThresholds(values.thresholds);
    if (amountCents === null || !thresholds) return;
    update.mutate(
      { budgetId: budget.id, body: { amountCents, thresholds } },
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
        <TextInput
          label={t('budgets.form.amount', { currency: currencySymbol(currency) })}
          description={t('budgets.form.amountHelp')}
          inputMode="decimal"
          autoComplete="off"
          required
          data-autofocus
          {...form.getInputProps('amount')}
        />
        <ThresholdsInput {...form.getInputProps('thresholds')} />
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
