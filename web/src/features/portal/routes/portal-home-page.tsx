import { Stack, Title } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { usePageTitle } from '../../../lib/use-page-title';

/** A client contact's home: their tickets (empty until the tickets issue lands). */
export function PortalHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.myTickets'));
  return (
    <Stack>
      <Title order={1}>{t('portal.myTickets')}</Title>
      <EmptyState icon={<IconInbox size={32} />} title={t('portal.emptyTitle')} description={t('portal.emptyDescription')} />
    </Stack>
  );
}
