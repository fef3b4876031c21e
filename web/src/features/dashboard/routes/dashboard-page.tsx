import { Stack, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { usePageTitle } from '../../../lib/use-page-title';

/** Placeholder until the reports issue lands. */
export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));
  return (
    <Stack>
      <Title order={1}>{t('dashboard.title')}</Title>
      <EmptyState
        icon={<IconChartBar size={32} />}
        title={t('dashboard.soonTitle')}
        description={t('dashboard.soonDescription')}
      />
    </Stack>
  );
}
