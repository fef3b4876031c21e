import type { HistoryEvent } from '@guichet/contract/tickets';
import { Card, List, Skeleton, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatMinutes } from '../../../lib/duration';
import { useDateFormat } from '../../../lib/format';
import { useTicketHistory } from '../api/list-history';
import { isPriority, isTicketStatus } from './ticket-enums';

/** « Historique » (staff): who changed status, priority or assignee, when, from what to what. */
export function HistorySection({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const { dateAtTime, day } = useDateFormat();
  const history = useTicketHistory(ticketId, true);

  const value = (event: HistoryEvent, v: string | null): string => {
    if (event.kind === 'status' && isTicketStatus(v)) return t(`tickets.status.${v}`);
    if (event.kind === 'priority' && isPriority(v)) return t(`tickets.priority.${v}`);
    if (event.kind === 'assignee') return v ?? t('tickets.unassigned');
    return v ?? '—';
  };

  /** « 30 min 2026-04-01 » → its minutes and day; null when the server says it otherwise. */
  const timeValue = (v: string | null) => {
    const match = v === null ? null : /^(\d+) min (\d{4}-\d{2}-\d{2})$/.exec(v);
    return match ? { duration: formatMinutes(Number(match[1])), day: day(match[2]!) } : null;
  };

  const timeSentence = (event: HistoryEvent, actor: string, date: string): string | null => {
    const from = timeValue(event.from);
    const to = timeValue(event.to);
    if (event.from === null && to) return t('tickets.history.timeAdded', { ...to, actor, date });
    if (event.to === null && from) return t('tickets.history.timeDeleted', { duration: from.duration, actor, date });
    if (!from || !to) return null;
    const sameDay = from.day === to.day;
    return t('tickets.history.timeChanged', {
      from: sameDay ? from.duration : `${from.duration} (${from.day})`,
      to: sameDay ? to.duration : `${to.duration} (${to.day})`,
      actor,
      date,
    });
  };

  const sentence = (event: HistoryEvent) => {
    if (event.kind === 'time') {
      const text = timeSentence(event, event.actor?.name ?? t('tickets.history.system'), dateAtTime(event.at));
      if (text) return text;
    }
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
