import { Badge, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCostFormat } from './cost-labels';

/** « 84,5 % » of the budget; over 100 % a red badge, with the words for screen readers too. */
export function BudgetPercent({ percent }: { percent: number | null }) {
  const { t } = useTranslation();
  const format = useCostFormat();
  if (percent === null) {
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  }
  if (percent <= 100) return <>{format.percent(percent)}</>;
  return (
    <Badge color="red" variant="light" style={{ textTransform: 'none' }}>
      {format.percent(percent)}{' '}
      <VisuallyHidden>{t('costs.overBudget')}</VisuallyHidden>
    </Badge>
  );
}
