import type { HistoryEvent } from '@guichet/contract/tickets';
import { Card, List, Skeleton, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useDateFormat } from '../../../lib/format';
import { useTicketHistory } from '../api/list-history';
import { isPriority, isTicketStatus } from './ticket-enums';

/** « Historique » (staff): who changed status, priority or assignee, when, from what to what. */
export function HistorySection({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const { dateAtTime } = useDateFormat();
  const history = useTicketHistory(ticketId, true);

  const value = (event: HistoryEvent, v: string | null): string => {
    if (event.kind === 'status' && isTicketStatus(v)) return t(`tickets.status.${v}`);
    if (event.kind === 'priority' && isPriority(v)) return t(`tickets.priority.${v}`);
    if (event.kind === 'assignee') return v ?? t('tickets.unassigned');
    return v ?? '—';
  };

  const sentence = (event: HistoryEvent) => {
    const params = {
      actor: event.actor?.name ?? t('tickets.history.system'),
      date: dateAtTime(event.at),
      from: value(event, event.from),
      to: value(event, event.to),
    };
    return t(`tickets.history.${event.kind}`, params);
  };

  return (
    <Card withBorder component="section" aria-labelledby="history-title" padding="lg">
      <Title order={2} fz="h3" id="history-title" mb="sm">
        {t('tickets.history.title')}
      </Title>
      {history.isPending ? (
        <Skeleton height={60} aria-busy />
      ) : history.isError ? (
        <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.items.length === 0 ? (
        <Text c="dimmed">{t('tickets.history.empty')}</Text>
      ) : (
        <List spacing={6} fz="sm">
          {history.data.items.map((event) => (
            <List.Item key={event.id}>{sentence(event)}</List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
