import { Anchor, Badge, Card, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { InboundOriginalModal } from '../../../components/inbound-original-modal';
import { NotFoundPage } from '../../../components/not-found-page';
import { TicketPriorityBadge } from '../../../components/ticket-priority-badge';
import { TicketStatusBadge } from '../../../components/ticket-status-badge';
import { isApiError } from '../../../lib/api';
import { isStaff, useCurrentUser } from '../../../lib/auth';
import { formatMinutes } from '../../../lib/duration';
import { formatCents } from '../../../lib/money';
import { usePageTitle } from '../../../lib/use-page-title';
import { useTicket } from '../api/get-ticket';
import { AssignmentPanel } from '../components/assignment-panel';
import { AttachmentList } from '../components/attachment-list';
import { DiscussionSection } from '../components/discussion-section';
import { HistorySection } from '../components/history-section';
import { MarkdownText } from '../components/markdown-text';
import { ByMail } from '../components/message-item';
import { PriorityControl } from '../components/priority-control';
import { RatingSection } from '../components/rating-section';
import { StatusActions } from '../components/status-actions';
import { TakeOverButton } from '../components/take-over-button';
import { TicketDetails } from '../components/ticket-details';
import { TimeSection } from '../components/time-section';
import { WaitingOnBadge } from '../components/waiting-on-badge';

/**
 * `/tickets/:ticketId` (staff) and `/portal/tickets/:ticketId` (client contact): one page, the
 * controls shown only as the ticket's `can` flags and `allowedTransitions` say.
 */
export function TicketPage() {
  const { ticketId = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const staff = isStaff(me);
  const ticket = useTicket(ticketId);
  const [original, setOriginal] = useState<string | null>(null);
  usePageTitle(
    ticket.data ? t('tickets.detail.pageTitle', { number: ticket.data.number, subject: ticket.data.subject }) : t('tickets.title'),
  );

  if (ticket.isPending) {
    return (
      <Stack aria-busy>
        <Skeleton height={36} width="50%" />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (ticket.isError) {
    if (isApiError(ticket.error) && (ticket.error.status === 404 || ticket.error.status === 400)) return <NotFoundPage />;
    return <ErrorAlert error={ticket.error} onRetry={() => void ticket.refetch()} />;
  }

  const data = ticket.data;
  const hasActions =
    data.allowedTransitions.length > 0 || data.can.changePriority || data.can.assign || data.can.takeOver;
  // A contact's finished ticket, not rated yet: the rating is what we ask of them now.
  const ratingFirst = !staff && (data.status === 'resolved' || data.status === 'closed') && !data.rating;
  const rating = <RatingSection ticket={data} staff={staff} />;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={staff ? '/tickets' : '/portal'} fz="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {staff ? t('tickets.detail.back') : t('tickets.detail.backPortal')}
        </Group>
      </Anchor>

      <Stack gap={6}>
        <Group gap="sm">
          <Text ff="monospace" c="dimmed" fw={600}>
            {t('tickets.number', { number: data.number })}
          </Text>
          <TicketStatusBadge status={data.status} />
          <WaitingOnBadge ticket={data} staff={staff} />
          {data.source === 'mail' && (
            <Badge variant="light" color="gray" leftSection={<IconMail size={12} aria-hidden />}>
              {t('tickets.detail.receivedByMail')}
            </Badge>
          )}
          <Group gap={6} wrap="nowrap">
            <Text span c="dimmed" fz="sm">
              {t('tickets.detail.priorityLabel')}
            </Text>
            <TicketPriorityBadge priority={data.priority} />
          </Group>
          {staff && (
            <Text span c="dimmed" fz="sm">
              {t('tickets.detail.timeLabel')} {formatMinutes(data.timeSpentMinutes)}
              {data.costCents !== undefined && (
                <>
                  {' · '}
                  {t('tickets.detail.costLabel')} {formatCents(data.costCents)}
                </>
              )}
            </Text>
          )}
        </Group>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {data.subject}
        </Title>
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card withBorder component="section" aria-labelledby="description-title" padding="lg">
              <Title order={2} fz="h3" id="description-title" mb="sm">
                {t('tickets.detail.description')}
              </Title>
              <MarkdownText>{data.description}</MarkdownText>
              <AttachmentList attachments={data.attachments} />
              {data.originalMailId && <ByMail inboundMailId={data.originalMailId} onShowOriginal={setOriginal} />}
            </Card>
            <InboundOriginalModal inboundMailId={original} onClose={() => setOriginal(null)} />
            <DiscussionSection ticket={data} staff={staff} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            {ratingFirst && rating}
            <Card withBorder component="section" aria-labelledby="details-title" padding="lg">
              <Title order={2} fz="h3" id="details-title" mb="sm">
                {t('tickets.detail.details')}
              </Title>
              <TicketDetails ticket={data} staff={staff} />
            </Card>
            {staff && <TimeSection ticket={data} />}
            {hasActions && (
              <Card withBorder component="section" aria-labelledby="actions-title" padding="lg">
                <Title order={2} fz="h3" id="actions-title" mb="sm">
                  {t('tickets.detail.actions')}
                </Title>
                <Stack gap="md">
                  {data.can.takeOver && (
                    <div>
                      <TakeOverButton ticket={data} />
                    </div>
                  )}
                  <StatusActions ticket={data} secondary={data.can.takeOver} />
                  {data.can.changePriority && <PriorityControl ticket={data} />}
                  <AssignmentPanel ticket={data} />
                </Stack>
              </Card>
            )}
            {!ratingFirst && rating}
            {staff && <HistorySection ticketId={data.id} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
