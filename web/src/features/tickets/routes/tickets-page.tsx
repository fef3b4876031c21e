import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../lib/use-page-title';
import { TicketListView } from '../components/ticket-list-view';

/** `/tickets` (staff): every ticket, filtered by client, status, priority, assignee and date. */
export function TicketsPage() {
  const { t } = useTranslation();
  usePageTitle(t('tickets.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('tickets.title')}</Title>
      <TicketListView />
    </Stack>
  );
}
