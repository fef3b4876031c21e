import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert';
import { usePageTitle } from '../../../../lib/use-page-title';
import { useSettings } from '../api/get-settings';
import { SettingsForm } from '../components/settings-form';

/** Administration → Paramètres: auto-close, auto-assignment, attachments, currency. */
export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  const settings = useSettings();
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{t('settings.title')}</Title>
        <Text c="dimmed" fz="sm">
          {t('settings.intro')}
        </Text>
      </Stack>
      {settings.isPending ? (
        <Stack gap="sm" aria-busy maw={720}>
          <Skeleton height={120} />
          <Skeleton height={160} />
        </Stack>
      ) : settings.isError ? (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </Stack>
  );
}
