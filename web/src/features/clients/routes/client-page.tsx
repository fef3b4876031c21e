import { Anchor, Button, Card, Group, Skeleton, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { NotFoundPage } from '../../../components/not-found-page';
import { isApiError } from '../../../lib/api';
import { isAdmin, useCurrentUser } from '../../../lib/auth';
import { useClient } from '../../../lib/get-client';
import { usePageTitle } from '../../../lib/use-page-title';
import { ClientDetails } from '../components/client-details';
import { ClientFormModal } from '../components/client-form-modal';
import { ClientStatusBadge } from '../components/client-status-badge';
import { ClientTicketsCard } from '../components/client-tickets-card';
import { ContactsSection } from '../components/contacts-section';

interface ClientPageProps {
  /** The « Budget » section, composed in by the router (features do not import each other); admins only. */
  budgetSection?: (clientId: string) => ReactNode;
}

/** La fiche client: company details, latest tickets, contacts, and (for admins) budget. */
export function ClientPage({ budgetSection }: ClientPageProps) {
  const { clientId = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const client = useClient(clientId);
  const [editing, setEditing] = useState(false);
  usePageTitle(client.data?.name ?? t('clients.title'));

  if (client.isPending) {
    return (
      <Stack aria-busy>
        <Skeleton height={36} width="40%" />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (client.isError) {
    if (isApiError(client.error) && (client.error.status === 404 || client.error.status === 400)) return <NotFoundPage />;
    return <ErrorAlert error={client.error} onRetry={() => void client.refetch()} />;
  }

  const data = client.data;
  const admin = isAdmin(me);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/clients" fz="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('clients.detail.backToList')}
        </Group>
      </Anchor>

      <Group justify="space-between" align="flex-start">
        <Group gap="sm" align="center">
          <Title order={1}>{data.name}</Title>
          <ClientStatusBadge active={data.active} />
        </Group>
        {admin && (
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
            {t('clients.detail.edit')}
          </Button>
        )}
      </Group>

      <Card withBorder component="section" aria-labelledby="client-details-title">
        <Title order={2} fz="h3" id="client-details-title" mb="sm">
          {t('clients.detail.details')}
        </Title>
        <ClientDetails client={data} />
      </Card>

      <ClientTicketsCard clientId={data.id} />

      <ContactsSection clientId={data.id} canManage={admin} />

      {admin && budgetSection?.(data.id)}

      {admin && editing && <ClientFormModal opened onClose={() => setEditing(false)} client={data} />}
    </Stack>
  );
}
