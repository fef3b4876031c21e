import { Anchor, Card, Group, Skeleton, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { NotFoundPage } from '../../../components/not-found-page';
import { notifySuccess } from '../../../components/notify';
import { isApiError } from '../../../lib/api';
import { isStaff, useCurrentUser } from '../../../lib/auth';
import { useClient } from '../../../lib/get-client';
import { useClientContacts } from '../../../lib/list-client-contacts';
import { usePageTitle } from '../../../lib/use-page-title';
import { NewTicketForm } from '../components/new-ticket-form';

/**
 * « Nouveau ticket »: `/clients/:clientId/tickets/new` (staff, from the fiche client) and
 * `/portal/tickets/new` (a contact, for their own client). Opens the ticket once created.
 */
export function NewTicketPage() {
  const { clientId } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const staff = isStaff(me);
  const client = useClient(staff ? clientId : undefined);
  const contacts = useClientContacts(staff ? clientId : undefined);
  const title = staff && client.data ? t('tickets.form.titleForClient', { client: client.data.name }) : t('tickets.form.title');
  usePageTitle(title);

  if (staff && !clientId) return <NotFoundPage />;
  if (staff && client.isPending) return <Skeleton height={320} aria-busy />;
  if (staff && client.isError) {
    if (isApiError(client.error) && (client.error.status === 404 || client.error.status === 400)) return <NotFoundPage />;
    return <ErrorAlert error={client.error} onRetry={() => void client.refetch()} />;
  }

  const back = staff ? `/clients/${clientId}` : '/portal';
  return (
    <Stack gap="lg" maw={820}>
      <Anchor component={Link} to={back} fz="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {staff ? t('tickets.form.backToClient') : t('tickets.detail.backPortal')}
        </Group>
      </Anchor>
      <Title order={1}>{title}</Title>
      <Card withBorder padding="lg">
        <NewTicketForm
          clientId={staff ? clientId : undefined}
          requesterChoices={
            staff && clientId
              ? {
                  clientId,
                  contacts: contacts.data,
                  loading: contacts.isPending,
                  error: contacts.error,
                  retry: () => void contacts.refetch(),
                }
              : undefined
          }
          onCancel={() => void navigate(back)}
          onCreated={(ticket) => {
            notifySuccess(t('tickets.form.created', { number: ticket.number }));
            void navigate(staff ? `/tickets/${ticket.id}` : `/portal/tickets/${ticket.id}`);
          }}
        />
      </Card>
    </Stack>
  );
}
