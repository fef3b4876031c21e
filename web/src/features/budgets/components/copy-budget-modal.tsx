import type { Budget } from '@guichet/contract/budgets';
import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../components/form-error';
import { notifySuccess, notifyWarning } from '../../../components/notify';
import { useCopyBudget } from '../api/copy-budget';
import { useBudgetFormat } from './budget-format';

interface CopyBudgetModalProps {
  /** The budget to copy; closed when null. */
  budget: Budget | null;
  currency: string;
  onClose: () => void;
}

/** What « Copier » offers first: the rest of a year of months or quarters, one more year. */
const DEFAULT_PERIODS = { month: 11, quarter: 3, year: 1 } as const;

/** « Copier sur les périodes suivantes »: the same amount and thresholds on the N next periods. */
export function CopyBudgetModal({ budget, currency, onClose }: CopyBudgetModalProps) {
  const { t } = useTranslation();
  const format = useBudgetFormat(currency);
  return (
    <Modal opened={budget !== null} onClose={onClose} title={budget ? t('budgets.copy.title', { period: format.period(budget) }) : ''}>
      {budget && <CopyBudgetForm key={budget.id} budget={budget} currency={currency} onDone={onClose} />}
    </Modal>
  );
}

function CopyBudgetForm({ budget, currency, onDone }: { budget: Budget; currency: string; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useBudgetFormat(currency);
  const copy = useCopyBudget();
  const form = useForm<{ periods: number | string }>({
    initialValues: { periods: DEFAULT_PERIODS[budget.periodKind] },
    validate: {
      periods: (value) => {
        const n = Number(value);
        return value !== '' && Number.isInteger(n) && n >= 1 && n <= 36 ? null : t('budgets.copy.periodsInvalid');
      },
    },
  });

  const submit = form.onSubmit((values) =>
    copy.mutate(
      { budgetId: budget.id, periods: Number(values.periods) },
      {
        onSuccess: (result) => {
          const created = t('budgets.copy.created', { count: result.created.length });
          const skipped = result.skipped.length > 0 ? ` ${t('budgets.copy.skipped', { count: result.skipped.length })}` : '';
          (result.created.length > 0 ? notifySuccess : notifyWarning)(created + skipped);
          onDone();
        },
        onError: (error) => showFormError(form, error, {}),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text fz="sm">
          {t('budgets.copy.description', { amount: format.money(budget.amountCents), period: format.period(budget) })}
        </Text>
        <NumberInput
          label={t(`budgets.copy.periods.${budget.periodKind}`)}
          min={1}
          max={36}
          allowDecimal={false}
          allowNegative={false}
          required
          data-autofocus
          {...form.getInputProps('periods')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={copy.isPending}>
            {t('budgets.copy.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
