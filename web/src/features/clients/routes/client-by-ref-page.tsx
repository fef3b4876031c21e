import { Button, Stack } from '@mantine/core';
import { IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { isApiError } from '../../../lib/api';
import { usePageTitle } from '../../../lib/use-page-title';
import { useClientByRef } from '../api/get-client-by-ref';

/** /crm/clients/:externalRef — the CRM's « Support » link: find the client, then show its fiche. */
export function ClientByRefPage() {
  const { externalRef = '' } = useParams();
  const { t } = useTranslation();
  const client = useClientByRef(externalRef);
  const notFound = client.isError && isApiError(client.error) && (client.error.status === 404 || client.error.status === 400);
  usePageTitle(notFound ? t('clients.byRef.notFoundTitle') : t('clients.byRef.loading'));

  if (client.isPending) return <PageLoader />;
  if (client.isSuccess) return <Navigate to={`/clients/${client.data.id}`} replace />;
  if (notFound) {
    return (
      <Stack>
        <EmptyState
          icon={<IconSearchOff size={32} />}
          title={t('clients.byRef.notFoundTitle')}
          description={t('clients.byRef.notFoundDescription', { ref: externalRef })}
          order={1}
        >
          <Button component={Link} to="/clients" variant="light">
            {t('clients.detail.backToList')}
          </Button>
        </EmptyState>
      </Stack>
    );
  }
  return <ErrorAlert error={client.error} onRetry={() => void client.refetch()} />;
}
