import type { BudgetUsage } from '@guichet/contract/budgets';
import { Box, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BUDGET_STATUS_COLOR, BudgetStatusBadge } from '../../../components/budget-status-badge';

/** The current period's budget use in the clients list: a small bar, the percent, and a badge once it goes wrong. */
export function ClientBudgetCell({ budget }: { budget: BudgetUsage }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'fr', { style: 'percent', maximumFractionDigits: 1 }).format(
    budget.percentUsed / 100,
  );
  const flagged = budget.status === 'over' || budget.status === 'projected_over';
  return (
    <Group gap="xs" wrap="nowrap">
      <Box w={64}>
        <Progress
          value={Math.min(100, Math.max(0, budget.percentUsed))}
          color={BUDGET_STATUS_COLOR[budget.status]}
          size="sm"
          aria-label={t('clients.budgetUsed', { percent })}
        />
      </Box>
      <Text span fz="sm">
        {percent}
      </Text>
      {flagged && <BudgetStatusBadge status={budget.status} size="sm" />}
    </Group>
  );
}
