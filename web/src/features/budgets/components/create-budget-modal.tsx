import '@mantine/dates/styles.css';
import type { PeriodKind } from '@guichet/contract/budgets';
import { Button, Group, Modal, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { DatesProvider, MonthPickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../components/form-error';
import { notifySuccess } from '../../../components/notify';
import { isApiError } from '../../../lib/api';
import { useCreateBudget } from '../api/create-budget';
import { BudgetAmountFields, budgetAmountRules } from './budget-amount-fields';
import { useBudgetFormat } from './budget-format';
import {
  choiceAround,
  DEFAULT_THRESHOLDS,
  isPeriodKind,
  parseBudgetAmount,
  PERIOD_KINDS,
  periodStartOf,
  yearOptions,
  type BudgetAmountValues,
  type PeriodChoice,
} from './budget-form-values';

const QUARTERS = ['1', '2', '3', '4'] as const;

/** The budget a 409 `budget_overlap` names in its details (kind and first day), if it does. */
function overlappingBudget(error: unknown): { periodKind: PeriodKind; periodStart: string } | null {
  if (!isApiError(error, 'budget_overlap') || typeof error.details !== 'object' || error.details === null) return null;
  const { periodKind, periodStart } = error.details as Record<string, unknown>;
  return isPeriodKind(periodKind) && typeof periodStart === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(periodStart)
    ? { periodKind, periodStart }
    : null;
}

interface CreateBudgetModalProps {
  opened: boolean;
  onClose: () => void;
  clientId: string;
  currency: string;
  /** The period kind and a day of the period offered first (the next uncovered period, or today's). */
  initialKind: PeriodKind;
  initialDay: string;
}

/** « Nouveau budget »: period (month, quarter or year), amount, alert thresholds. */
export function CreateBudgetModal({ opened, onClose, ...props }: CreateBudgetModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('budgets.form.createTitle')}>
      <CreateBudgetForm onDone={onClose} {...props} />
    </Modal>
  );
}

type CreateValues = PeriodChoice & BudgetAmountValues;

function CreateBudgetForm({ onDone, clientId, currency, initialKind, initialDay }: Omit<CreateBudgetModalProps, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const format = useBudgetFormat(currency);
  const create = useCreateBudget(clientId);
  const kindLabelId = useId();
  const form = useForm<CreateValues>({
    initialValues: { ...choiceAround(initialKind, initialDay), amount: '', thresholds: DEFAULT_THRESHOLDS },
    validate: {
      month: (value, values) => (values.periodKind === 'month' && !value ? t('budgets.form.monthRequired') : null),
      ...budgetAmountRules(t),
    },
  });
  const years = yearOptions(initialDay.slice(0, 4));
  const kind = form.values.periodKind;

  const submit = form.onSubmit((values) => {
    const periodStart = periodStartOf(values);
    const amount = parseBudgetAmount(values);
    if (!periodStart || !amount) return;
    create.mutate(
      { periodKind: values.periodKind, periodStart, ...amount },
      {
        onSuccess: (budget) => {
          notifySuccess(t('budgets.form.created', { period: format.period(budget) }));
          onDone();
        },
        // An overlap is about the period: said under the field that chose it, naming the budget in the way.
        onError: (error) => {
          const periodField = values.periodKind === 'month' ? 'month' : 'year';
          const existing = overlappingBudget(error);
          if (existing) form.setFieldError(periodField, t('budgets.form.overlap', { period: format.period(existing) }));
          else showFormError(form, error, { budget_overlap: periodField });
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Stack gap={4}>
          <Text component="span" fz="sm" fw={500} id={kindLabelId}>
            {t('budgets.form.periodKind')}
          </Text>
          <SegmentedControl
            aria-labelledby={kindLabelId}
            data={PERIOD_KINDS.map((value) => ({ value, label: t(`budgets.period.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => isPeriodKind(value) && form.setFieldValue('periodKind', value)}
          />
        </Stack>

        {kind === 'month' && (
          <DatesProvider settings={{ locale: i18n.resolvedLanguage ?? 'fr' }}>
            <MonthPickerInput
              label={t('budgets.form.month')}
              required
              valueFormat="MMMM YYYY"
              popoverProps={{ withinPortal: true }}
              ariaLabels={{
                nextYear: t('budgets.form.nextYear'),
                previousYear: t('budgets.form.previousYear'),
                nextDecade: t('budgets.form.nextDecade'),
                previousDecade: t('budgets.form.previousDecade'),
                yearLevelControl: t('budgets.form.chooseYear'),
              }}
              {...form.getInputProps('month')}
            />
          </DatesProvider>
        )}
        {kind !== 'month' && (
          <Group grow align="flex-start">
            {kind === 'quarter' && (
              <NativeSelect
                label={t('budgets.form.quarter')}
                data={QUARTERS.map((q) => ({ value: q, label: t(`budgets.form.quarters.q${q}`) }))}
                {...form.getInputProps('quarter')}
              />
            )}
            <NativeSelect label={t('budgets.form.year')} data={years} {...form.getInputProps('year')} />
          </Group>
        )}

        <BudgetAmountFields form={form} currency={currency} />

        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('budgets.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
