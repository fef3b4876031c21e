import type { Budget } from '@guichet/contract/budgets';
import { List, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconTrendingUp } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BUDGET_STATUS_COLOR } from '../../../components/budget-status-badge';
import { useBudgetFormat } from './budget-format';

interface BudgetFiguresProps {
  budget: Budget;
  currency: string;
  /** Heading level of « Alertes ». */
  headingOrder: 3 | 4 | 5;
}

/** A label over its value; the label sits on the value, so values line up when a label wraps. */
function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} justify="flex-end">
      <Text component="dt" fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} fw={600} fz="lg">
        {children}
      </Text>
    </Stack>
  );
}

/** One budget's figures: use, amounts, pace, tickets, and the alerts that fired. */
export function BudgetFigures({ budget, currency, headingOrder }: BudgetFiguresProps) {
  const { t } = useTranslation();
  const format = useBudgetFormat(currency);
  const percent = format.percent(budget.percentUsed);
  const dash = '—';

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Text fz="sm">{t('budgets.figures.usedOf', { actual: format.money(budget.actualCents), amount: format.money(budget.amountCents), percent })}</Text>
        <Progress
          value={Math.min(100, Math.max(0, budget.percentUsed))}
          color={BUDGET_STATUS_COLOR[budget.status]}
          size="lg"
          aria-label={t('budgets.figures.usedLabel', { percent })}
        />
      </Stack>

      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" verticalSpacing="sm" m={0}>
        <Figure label={t('budgets.figures.amount')}>{format.money(budget.amountCents)}</Figure>
        <Figure label={t('budgets.figures.actual')}>{format.money(budget.actualCents)}</Figure>
        <Figure label={t('budgets.figures.remaining')}>
          <Text span inherit c={budget.remainingCents < 0 ? 'red.7' : undefined}>
            {format.money(budget.remainingCents)}
          </Text>
        </Figure>
        <Figure label={t('budgets.figures.percentUsed')}>{percent}</Figure>
        <Figure label={t('budgets.figures.projected')}>
          {budget.projectedCents === null ? dash : format.money(budget.projectedCents)}
        </Figure>
        <Figure label={t('budgets.figures.daysElapsed')}>
          {t('budgets.figures.daysValue', { elapsed: budget.daysElapsed, total: budget.daysInPeriod })}
        </Figure>
        <Figure label={t('budgets.figures.ticketsOpened')}>{budget.ticketsOpened}</Figure>
        <Figure label={t('budgets.figures.ticketsWorked')}>{budget.ticketsWorked}</Figure>
        <Figure label={t('budgets.figures.costPerTicket')}>
          {budget.costPerTicketCents === null ? dash : format.money(budget.costPerTicketCents)}
        </Figure>
      </SimpleGrid>

      <Text fz="sm" fw={500} c={budget.exceededOn ? 'red.7' : undefined}>
        {paceSentence(t, budget, format.day)}
      </Text>

      {budget.alerts.length > 0 && (
        <Stack gap={4}>
          <Title order={headingOrder} fz="h5">
            {t('budgets.alerts.title')}
          </Title>
          <List spacing={4} fz="sm" center listStyleType="none">
            {budget.alerts.map((alert) => (
              <List.Item
                key={alert.id}
                icon={
                  alert.kind === 'threshold' ? (
                    <IconAlertTriangle size={16} aria-hidden color="var(--mantine-color-orange-7)" />
                  ) : (
                    <IconTrendingUp size={16} aria-hidden color="var(--mantine-color-red-7)" />
                  )
                }
              >
                {alert.kind === 'threshold'
                  ? t('budgets.alerts.threshold', { percent: alert.thresholdPercent ?? '?', date: format.date(alert.createdAt) })
                  : t('budgets.alerts.projection', { date: format.date(alert.createdAt) })}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}

/** « Au rythme actuel, le budget sera épuisé le … » and its variants, by the budget's state. */
function paceSentence(t: TFunction, budget: Budget, day: (ymd: string) => string): string {
  if (budget.exceededOn) return t('budgets.pace.exceeded', { date: day(budget.exceededOn) });
  if (budget.state === 'future') return t('budgets.pace.upcoming', { date: day(budget.periodStart) });
  if (budget.state === 'past') return t('budgets.pace.pastWithin');
  if (budget.exhaustionDate) return t('budgets.pace.exhaustion', { date: day(budget.exhaustionDate) });
  return t('budgets.pace.notExhausted');
}
