import type { LatestRating } from '@guichet/contract/reports';
import { Anchor, Blockquote, Group, Rating, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateFormat } from '../../../lib/format';
import { DashboardSection } from './dashboard-section';

/** The period's latest ratings, newest first: stars, ticket, client, agent credited, date and comment. */
export function LatestRatings({ ratings }: { ratings: LatestRating[] }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();

  return (
    <DashboardSection title={t('dashboard.ratings.title')} empty={ratings.length === 0 ? t('dashboard.ratings.empty') : undefined}>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {ratings.map((r) => (
          <li key={r.ticket.id}>
            <Group gap="xs" wrap="wrap" align="center">
              <Rating value={r.stars} readOnly size="sm" aria-hidden />
              <Text span fz="sm" fw={600}>
                {t('dashboard.ratings.stars', { count: r.stars })}
              </Text>
              <Anchor component={Link} to={`/tickets/${r.ticket.id}`} fz="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('dashboard.ratings.ticket', { number: r.ticket.number, subject: r.ticket.subject })}
              </Anchor>
            </Group>
            <Text fz="xs" c="dimmed">
              {r.agent
                ? t('dashboard.ratings.byAgent', { client: r.client.name, agent: r.agent.name, date: dateTime(r.ratedAt) })
                : t('dashboard.ratings.noAgent', { client: r.client.name, date: dateTime(r.ratedAt) })}
            </Text>
            {r.comment && (
              <Blockquote p="xs" mt={4} fz="sm" color="gray" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {r.comment}
              </Blockquote>
            )}
          </li>
        ))}
      </Stack>
    </DashboardSection>
  );
}
