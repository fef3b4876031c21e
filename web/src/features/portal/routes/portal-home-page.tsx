import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../lib/auth';
import { usePageTitle } from '../../../lib/use-page-title';

interface PortalHomePageProps {
  /** The ticket list, composed in by the router (features do not import each other). */
  tickets?: ReactNode;
}

/** A client contact's home: their client's tickets, and « Nouveau ticket ». */
export function PortalHomePage({ tickets }: PortalHomePageProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  usePageTitle(t('portal.myTickets'));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1}>{t('portal.myTickets')}</Title>
          {me.clientName && (
            <Text c="dimmed" fz="sm">
              {t('tickets.portal.subtitle', { client: me.clientName })}
            </Text>
          )}
        </Stack>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => void navigate('/portal/tickets/new')}>
          {t('tickets.new')}
        </Button>
      </Group>
      {tickets}
    </Stack>
  );
}
