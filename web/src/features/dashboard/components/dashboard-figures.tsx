import type { PerformanceReport } from '@guichet/contract/reports';
import { SimpleGrid, VisuallyHidden } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconClockHour4,
  IconCoin,
  IconInbox,
  IconLock,
  IconMessageReply,
  IconStar,
  IconTicket,
  IconUserQuestion,
  IconHourglass,
} from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../lib/money';
import { useDashboardFormat } from './dashboard-format';
import { FigureCard } from './figure-card';

const icon = { size: 18, 'aria-hidden': true } as const;

/**
 * The key figures as a description list of cards. Money cards only when the report has money
 * keys (admins): an agent's report has none, and no empty card stands in for them.
 */
export function DashboardFigures({ report }: { report: PerformanceReport }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const headingId = useId();
  const f = report.figures;
  const currency = report.currency ?? 'EUR';

  return (
    <section aria-labelledby={headingId}>
      <VisuallyHidden component="h2" id={headingId}>
        {t('dashboard.figures.title')}
      </VisuallyHidden>
      <SimpleGrid component="dl" m={0} cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
        <FigureCard label={t('dashboard.figures.openNow')} value={format.count(f.openNow)} hint={t('dashboard.figures.now')} icon={<IconInbox {...icon} />} />
        <FigureCard
          label={t('dashboard.figures.unassignedNow')}
          value={format.count(f.unassignedNow)}
          hint={t('dashboard.figures.now')}
          icon={<IconUserQuestion {...icon} />}
          color={f.unassignedNow > 0 ? 'orange' : 'indigo'}
        />
        <FigureCard label={t('dashboard.figures.opened')} value={format.count(f.opened)} hint={t('dashboard.figures.inPeriod')} icon={<IconTicket {...icon} />} />
        <FigureCard label={t('dashboard.figures.resolved')} value={format.count(f.resolved)} hint={t('dashboard.figures.inPeriod')} icon={<IconCircleCheck {...icon} />} color="teal" />
        <FigureCard label={t('dashboard.figures.closed')} value={format.count(f.closed)} hint={t('dashboard.figures.inPeriod')} icon={<IconLock {...icon} />} color="gray" />
        <FigureCard
          label={t('dashboard.figures.resolutionMean')}
          value={format.duration(f.resolutionMinutes.mean)}
          hint={t('dashboard.figures.resolutionHint')}
          icon={<IconClockHour4 {...icon} />}
        />
        <FigureCard
          label={t('dashboard.figures.resolutionMedian')}
          value={format.duration(f.resolutionMinutes.median)}
          hint={t('dashboard.figures.resolutionHint')}
          icon={<IconHourglass {...icon} />}
        />
        <FigureCard
          label={t('dashboard.figures.firstResponse')}
          value={format.duration(f.firstResponseMinutes.mean)}
          hint={t('dashboard.figures.firstResponseHint', { count: f.firstResponseMinutes.count, formatted: format.count(f.firstResponseMinutes.count) })}
          icon={<IconMessageReply {...icon} />}
        />
        <FigureCard
          label={t('dashboard.figures.satisfaction')}
          value={f.satisfaction.meanTenths === null ? t('dashboard.none') : t('dashboard.agents.starsValue', { stars: format.stars(f.satisfaction.meanTenths) })}
          hint={t('dashboard.figures.ratings', { count: f.satisfaction.count, formatted: format.count(f.satisfaction.count) })}
          icon={<IconStar {...icon} />}
          color="yellow"
        />
        {f.costCents !== undefined && (
          <FigureCard
            label={t('dashboard.figures.cost')}
            value={formatCents(f.costCents, currency)}
            hint={t('dashboard.figures.inPeriod')}
            icon={<IconCoin {...icon} />}
            color="grape"
          />
        )}
        {f.clientsOverBudget !== undefined && (
          <FigureCard
            label={t('dashboard.figures.clientsOverBudget')}
            value={format.count(f.clientsOverBudget)}
            hint={t('dashboard.figures.clientsOverBudgetHint')}
            icon={<IconAlertTriangle {...icon} />}
            color={f.clientsOverBudget > 0 ? 'red' : 'teal'}
          />
        )}
      </SimpleGrid>
    </section>
  );
}
