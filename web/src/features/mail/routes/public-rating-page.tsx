import type { LinkedRating } from '@guichet/contract/mail';
import { Alert, Button, Group, Rating, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconRefreshAlert } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { RatingFields } from '../../../components/star-rating-input';
import { notifyError } from '../../../components/notify';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/use-page-title';
import { useLinkedRating } from '../api/get-linked-rating';
import { useRateByLink } from '../api/rate-by-link';
import { LinkError } from './link-error';


/** `?stars=4` (a star clicked in the mail) → 4; anything else → null. */
function starsParam(value: string | null): number | null {
  const stars = Number(value);
  return Number.isInteger(stars) && stars >= 1 && stars <= 5 ? stars : null;
}

/**
 * `/rate/:token`: a resolution mail's « Évaluer » link, no sign-in needed. Opening it only reads
 * (mail scanners open links): the rating is sent with « Envoyer », and can be changed after.
 */
export function PublicRatingPage() {
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const linked = useLinkedRating(token);
  usePageTitle(linked.data ? t('mail.rate.pageTitle', { number: linked.data.ticket.number }) : t('mail.rate.genericTitle'));

  if (linked.isPending) {
    return (
      <Stack gap="md" aria-busy>
        <Skeleton height={32} width="80%" />
        <Skeleton height={40} width={200} />
        <Skeleton height={80} />
      </Stack>
    );
  }
  if (linked.isError) {
    return (
      <LinkError
        error={linked.error}
        title={t('mail.rate.genericTitle')}
        message={t('mail.rate.invalidLink')}
        onRetry={() => void linked.refetch()}
      />
    );
  }
  return <RateTicket token={token} linked={linked.data} preselected={starsParam(params.get('stars'))} />;
}

interface RateTicketProps {
  token: string;
  linked: LinkedRating;
  preselected: number | null;
}

function RateTicket({ token, linked, preselected }: RateTicketProps) {
  const { t, i18n } = useTranslation();
  // the page speaks the contact's mail language (they may switch it below)
  useEffect(() => {
    if (i18n.resolvedLanguage !== linked.locale) void i18n.changeLanguage(linked.locale);
  }, [i18n, linked.locale]);
  const rate = useRateByLink(token);
  const [reopened, setReopened] = useState(!linked.canRate);
  // A star clicked in the mail asks for the form with it chosen; else an existing rating is thanked for.
  const [editing, setEditing] = useState(preselected !== null || linked.stars === null);
  const [stars, setStars] = useState(preselected ?? linked.stars ?? 0);
  const [comment, setComment] = useState(linked.comment ?? '');
  const [error, setError] = useState<string | null>(null);

  const heading = (
    <Title order={1} fz="h2" style={{ overflowWrap: 'anywhere' }}>
      {t('mail.rate.title', { number: linked.ticket.number, subject: linked.ticket.subject })}
    </Title>
  );

  if (reopened) {
    return (
      <Stack gap="md">
        {heading}
        <Alert color="orange" icon={<IconRefreshAlert aria-hidden />} title={t('mail.rate.reopenedTitle')} role="alert">
          {t('mail.rate.reopened')}
        </Alert>
        {linked.stars !== null && <GivenRating stars={linked.stars} comment={linked.comment} />}
      </Stack>
    );
  }

  if (!editing && linked.stars !== null) {
    return (
      <Stack gap="md">
        {heading}
        <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('mail.rate.thanksTitle')} role="status">
          {t('mail.rate.thanks')}
        </Alert>
        <GivenRating stars={linked.stars} comment={linked.comment} />
        <Group>
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('mail.rate.change')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (stars < 1) {
          setError(t('tickets.rating.required'));
          return;
        }
        rate.mutate(
          { stars, comment: comment.trim() || null },
          {
            onSuccess: () => setEditing(false),
            onError: (failure) => (isApiError(failure, 'not_rateable') ? setReopened(true) : notifyError(failure)),
          },
        );
      }}
    >
      <Stack gap="md">
        {heading}
        <Text>{t('mail.rate.intro')}</Text>
        <RatingFields
          stars={stars}
          onStarsChange={(value) => {
            setStars(value);
            setError(null);
          }}
          starsError={error}
          comment={comment}
          onCommentChange={setComment}
          commentLabel={t('mail.rate.comment')}
          commentRows={3}
        />
        <Group>
          <Button type="submit" loading={rate.isPending}>
            {t('mail.rate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function GivenRating({ stars, comment }: { stars: number; comment: string | null }) {
  const { t } = useTranslation();
  const label = t('tickets.rating.value', { stars });
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Rating value={stars} readOnly role="img" aria-label={label} />
        <Text fw={600}>{label}</Text>
      </Group>
      {comment && (
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {comment}
        </Text>
      )}
    </Stack>
  );
}
