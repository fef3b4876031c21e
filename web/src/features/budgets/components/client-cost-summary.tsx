import type { ClientCost } from '@guichet/contract/budgets';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBudgetFormat } from './budget-format';

/** « Coût ce mois-ci », « Coût cette année », « Coût total »: what the client cost, whatever the budgets. */
export function ClientCostSummary({ cost, currency }: { cost: ClientCost; currency: string }) {
  const { t } = useTranslation();
  const format = useBudgetFormat(currency);
  const figures = [
    { key: 'month', label: t('budgets.cost.currentMonth'), cents: cost.currentMonthCents },
    { key: 'year', label: t('budgets.cost.currentYear'), cents: cost.currentYearCents },
    { key: 'total', label: t('budgets.cost.total'), cents: cost.totalCents },
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="sm" m={0} aria-label={t('budgets.cost.label')}>
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder p="sm" radius="md">
          <Text component="dt" fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {figure.label}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {format.money(figure.cents)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
