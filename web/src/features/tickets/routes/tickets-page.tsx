import { Stack, Title } from '@mantine/core';
import { IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { usePageTitle } from '../../../lib/use-page-title';

/** Placeholder until the tickets issue lands. */
export function TicketsPage() {
  const { t } = useTranslation();
  usePageTitle(t('tickets.title'));
  return (
    <Stack>
      <Title order={1}>{t('tickets.title')}</Title>
      <EmptyState icon={<IconTicket size={32} />} title={t('tickets.soonTitle')} description={t('tickets.soonDescription')} />
    </Stack>
  );
}
