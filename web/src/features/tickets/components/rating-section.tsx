import type { Rating as TicketRating, Ticket } from '@guichet/contract/tickets';
import { Button, Card, Group, Rating, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/notify';
import { RatingFields } from '../../../components/star-rating-input';
import { useDateFormat } from '../../../lib/format';
import { useRateTicket } from '../api/rate-ticket';
import { MarkdownText } from './markdown-text';
import { useTicketError } from './use-ticket-error';


function RatingDisplay({ rating, showAgent }: { rating: TicketRating; showAgent: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const label = t('tickets.rating.value', { stars: rating.stars });
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Rating value={rating.stars} readOnly role="img" aria-label={label} />
        <Text fw={600}>{label}</Text>
      </Group>
      {rating.comment && (
        <div>
          <Text fz="sm" c="dimmed">
            {t('tickets.rating.comment')}
          </Text>
          <MarkdownText>{rating.comment}</MarkdownText>
        </div>
      )}
      {showAgent && (
        <Text fz="sm">
          {rating.agent ? t('tickets.rating.agent', { name: rating.agent.name }) : t('tickets.rating.noAgent')}
        </Text>
      )}
      <Text fz="xs" c="dimmed">
        {t('tickets.rating.updatedAt', { date: dateTime(rating.updatedAt) })}
      </Text>
    </Stack>
  );
}

function RatingForm({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const rate = useRateTicket(ticket.id);
  const onError = useTicketError(ticket.id);
  const [stars, setStars] = useState(ticket.rating?.stars ?? 0);
  const [comment, setComment] = useState(ticket.rating?.comment ?? '');
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (stars < 1) {
          setError(t('tickets.rating.required'));
          return;
        }
        // mutateAsync: the answer is reported even if the refreshed ticket re-renders this form.
        rate
          .mutateAsync({ stars, comment: comment.trim() || null })
          .then(() => notifySuccess(t('tickets.rating.saved')), onError);
      }}
    >
      <Stack gap="sm">
        <Text>
          {ticket.rating
            ? t('tickets.rating.changeIntro')
            : ticket.status === 'closed'
              ? t('tickets.rating.introClosed')
              : t('tickets.rating.intro')}
        </Text>
        <RatingFields
          stars={stars}
          onStarsChange={(value) => {
            setStars(value);
            setError(null);
          }}
          starsError={error}
          comment={comment}
          onCommentChange={setComment}
          commentLabel={t('tickets.rating.comment')}
        />
        <Group>
          <Button type="submit" loading={rate.isPending}>
            {t('tickets.rating.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * « Évaluation »: a contact rates a resolved ticket (and may change it); staff see the rating
 * and the agent it counts for.
 */
export function RatingSection({ ticket, staff }: { ticket: Ticket; staff: boolean }) {
  const { t } = useTranslation();
  const canRate = !staff && ticket.can.rate;
  const done = ticket.status === 'resolved' || ticket.status === 'closed';
  if (!canRate && !ticket.rating && !(staff && done)) return null;

  return (
    <Card withBorder component="section" aria-labelledby="rating-title" padding="lg">
      <Title order={2} fz="h3" id="rating-title" mb="sm">
        {t('tickets.rating.title')}
      </Title>
      {canRate ? (
        <RatingForm ticket={ticket} />
      ) : ticket.rating ? (
        <RatingDisplay rating={ticket.rating} showAgent={staff} />
      ) : (
        <Text c="dimmed">{t('tickets.rating.none')}</Text>
      )}
    </Card>
  );
}
