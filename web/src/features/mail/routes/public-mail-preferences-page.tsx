import type { LinkedMailPreferences } from '@guichet/contract/mail';
import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { notifyError } from '../../../components/notify';
import { usePageTitle } from '../../../lib/use-page-title';
import { useLinkedMailPreferences } from '../api/get-linked-mail-preferences';
import { useUpdateLinkedMailPreferences } from '../api/update-linked-mail-preferences';
import { MailPreferenceFields } from '../components/mail-preference-fields';
import { preferenceBody, preferenceValues } from '../components/preference-values';
import { LinkError } from './link-error';

/**
 * `/mail-preferences/:token`: a mail's « Gérer mes préférences » link, no sign-in needed. With
 * `?unsubscribe=<category>` that switch starts off (saved only with « Enregistrer »).
 */
export function PublicMailPreferencesPage() {
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  usePageTitle(t('mail.preferences.title'));
  const preferences = useLinkedMailPreferences(token);

  if (preferences.isPending) {
    return (
      <Stack gap="md" aria-busy>
        <Skeleton height={32} width="70%" />
        <Skeleton height={24} />
        <Skeleton height={24} />
        <Skeleton height={24} />
      </Stack>
    );
  }
  if (preferences.isError) {
    return (
      <LinkError
        error={preferences.error}
        title={t('mail.preferences.title')}
        message={t('mail.preferences.invalidLink')}
        onRetry={() => void preferences.refetch()}
      />
    );
  }
  return <LinkedPreferencesForm token={token} preferences={preferences.data} unsubscribe={params.get('unsubscribe')} />;
}

interface LinkedPreferencesFormProps {
  token: string;
  preferences: LinkedMailPreferences;
  unsubscribe: string | null;
}

function LinkedPreferencesForm({ token, preferences, unsubscribe }: LinkedPreferencesFormProps) {
  const { t, i18n } = useTranslation();
  const update = useUpdateLinkedMailPreferences(token);
  const turnOff = preferences.categories.find((c) => c.category === unsubscribe)?.category ?? null;
  const [values, setValues] = useState(() => preferenceValues(preferences, turnOff));
  const [saved, setSaved] = useState(false);

  // The page speaks the language the person's mails are written in (once: the switch below is theirs).
  const adopted = useRef(false);
  useEffect(() => {
    if (adopted.current) return;
    adopted.current = true;
    if (i18n.resolvedLanguage !== preferences.locale) void i18n.changeLanguage(preferences.locale);
  }, [i18n, preferences.locale]);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        update.mutate(preferenceBody(values), { onSuccess: () => setSaved(true), onError: notifyError });
      }}
    >
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz="h2">
            {t('mail.preferences.title')}
          </Title>
          <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('mail.preferences.for', { name: preferences.name, email: preferences.email })}
          </Text>
        </Stack>
        {turnOff && !saved && (
          <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
            {t('mail.preferences.unsubscribeHint', { category: t(`mail.categories.${turnOff}`) })}
          </Alert>
        )}
        <MailPreferenceFields
          values={values}
          onChange={(next) => {
            setValues(next);
            setSaved(false);
          }}
          disabled={update.isPending}
        />
        {saved && (
          <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('mail.preferences.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
