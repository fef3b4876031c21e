import { TagsInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { parseCents } from '../../../lib/money';
import { currencySymbol } from './budget-format';
import { parseThresholds, type BudgetAmountValues } from './budget-form-values';

/** The rules of the two fields, for `useForm({ validate })`. */
export function budgetAmountRules(t: TFunction) {
  return {
    amount: (value: string) => {
      const cents = parseCents(value);
      return cents === null || cents < 1 ? t('budgets.form.amountInvalid') : null;
    },
    thresholds: (value: string[]) => (parseThresholds(value) === null ? t('budgets.form.thresholdsInvalid') : null),
  };
}

/**
 * « Montant » and « Seuils d'alerte », shared by « Nouveau budget » and « Modifier ». The thresholds
 * are percents typed as tags (Entrée, a space or a comma adds one; Retour arrière removes the last).
 */
export function BudgetAmountFields<Values extends BudgetAmountValues>({ form, currency }: { form: UseFormReturnType<Values>; currency: string }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('budgets.form.amount', { currency: currencySymbol(currency) })}
        description={t('budgets.form.amountHelp')}
        inputMode="decimal"
        autoComplete="off"
        required
        data-autofocus
        {...form.getInputProps('amount')}
      />
      <TagsInput
        label={t('budgets.form.thresholds')}
        description={t('budgets.form.thresholdsHelp')}
        maxTags={5}
        splitChars={[',', ' ', ';']}
        inputMode="numeric"
        {...form.getInputProps('thresholds')}
      />
    </>
  );
}
