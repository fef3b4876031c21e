import type { Ticket } from '@guichet/contract/tickets';
import { Card, Divider, Group, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { InboundOriginalModal } from '../../../components/inbound-original-modal';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useTicketMessages } from '../api/list-messages';
import { MessageItem } from './message-item';
import { ReplyForm } from './reply-form';

/**
 * « Discussion »: the messages (oldest first, or newest first on demand) and the reply box; staff
 * can open the original of a message that came by mail.
 */
export function DiscussionSection({ ticket, staff = false }: { ticket: Ticket; staff?: boolean }) {
  const { t } = useTranslation();
  const [newestFirst, setNewestFirst] = useState(false);
  const [original, setOriginal] = useState<string | null>(null);
  const messages = useTicketMessages(ticket.id, newestFirst ? 'desc' : 'asc');

  return (
    <Card withBorder component="section" aria-labelledby="discussion-title" padding="lg">
      <Group justify="space-between" align="center" mb="md">
        <Title order={2} fz="h3" id="discussion-title">
          {t('tickets.discussion.title')}
        </Title>
        <Switch
          label={t('tickets.discussion.newestFirst')}
          checked={newestFirst}
          onChange={(event) => setNewestFirst(event.currentTarget.checked)}
        />
      </Group>

      {messages.isPending ? (
        <Stack aria-busy>
          <Skeleton height={80} />
          <Skeleton height={80} />
        </Stack>
      ) : messages.isError ? (
        <ErrorAlert error={messages.error} onRetry={() => void messages.refetch()} />
      ) : messages.data.items.length === 0 ? (
        <Text c="dimmed">{t('tickets.discussion.empty')}</Text>
      ) : (
        <Stack gap="sm" aria-busy={messages.isPlaceholderData || undefined}>
          {messages.data.items.map((message) => (
            <MessageItem key={message.id} message={message} onShowOriginal={staff ? setOriginal : undefined} />
          ))}
        </Stack>
      )}

      {staff && <InboundOriginalModal inboundMailId={original} onClose={() => setOriginal(null)} />}

      <Divider my="lg" />
      {ticket.can.reply ? (
        <ReplyForm ticket={ticket} />
      ) : (
        <Text c="dimmed">{ticket.status === 'closed' ? t('tickets.reply.closed') : t('tickets.reply.notAllowed')}</Text>
      )}
    </Card>
  );
}
