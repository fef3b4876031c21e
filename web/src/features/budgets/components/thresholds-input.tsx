import { TagsInput, type TagsInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** « Seuils d'alerte »: percents of the budget as tags (Entrée, a space or a comma adds one; Retour arrière removes the last). */
export function ThresholdsInput(props: TagsInputProps) {
  const { t } = useTranslation();
  return (
    <TagsInput
      label={t('budgets.form.thresholds')}
      description={t('budgets.form.thresholdsHelp')}
      maxTags={5}
      splitChars={[',', ' ', ';']}
      inputMode="numeric"
      {...props}
    />
  );
}
