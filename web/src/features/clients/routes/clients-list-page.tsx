import type { ClientSort } from '@guichet/contract/clients';
import { Button, Group, NativeSelect, SegmentedControl, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAddressBook, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CursorPagination } from '../../../components/cursor-pagination';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { isAdmin, useCurrentUser } from '../../../lib/auth';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { usePageTitle } from '../../../lib/use-page-title';
import { useClients } from '../api/list-clients';
import { ClientFormModal } from '../components/client-form-modal';
import { ClientsTable } from '../components/clients-table';

const PAGE_SIZE = 25;
type StatusFilter = 'all' | 'true' | 'false';
const SORTS = ['name', '-name', 'externalRef', '-externalRef', '-createdAt', 'createdAt'] as const satisfies readonly ClientSort[];

function isClientSort(value: string): value is ClientSort {
  return (SORTS as readonly string[]).includes(value);
}

export function ClientsListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  usePageTitle(t('clients.title'));

  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sort, setSort] = useState<ClientSort>('name');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [creating, setCreating] = useState(false);
  const pages = useCursorPages(`${q}|${sort}|${status}`);

  const clients = useClients({
    q: q || undefined,
    sort,
    limit: PAGE_SIZE,
    cursor: pages.cursor,
    active: status === 'all' ? undefined : status,
  });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1}>{t('clients.title')}</Title>
          {clients.data?.total !== undefined && (
            <Text c="dimmed" fz="sm" aria-live="polite">
              {t('clients.count', { count: clients.data.total })}
            </Text>
          )}
        </Stack>
        {isAdmin(me) && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('clients.new')}
          </Button>
        )}
      </Group>

      <Group align="flex-end" gap="md" role="search">
        <TextInput
          label={t('clients.searchLabel')}
          placeholder={t('clients.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
          w={{ base: '100%', sm: 360 }}
        />
        <Stack gap={4}>
          <Text component="span" fz="sm" fw={500} id="clients-status-filter">
            {t('clients.statusFilter')}
          </Text>
          <SegmentedControl
            aria-labelledby="clients-status-filter"
            value={status}
            onChange={(value) => setStatus(value as StatusFilter)}
            data={[
              { value: 'all', label: t('clients.statusAll') },
              { value: 'true', label: t('clients.statusActive') },
              { value: 'false', label: t('clients.statusInactive') },
            ]}
          />
        </Stack>
        {/* The table's sortable « Créé le » column is only shown on wide screens: sort from here below. */}
        <NativeSelect
          hiddenFrom="lg"
          label={t('clients.sortLabel')}
          value={sort}
          onChange={(event) => isClientSort(event.currentTarget.value) && setSort(event.currentTarget.value)}
          data={SORTS.map((value) => ({ value, label: t(`clients.sorts.${value}`) }))}
        />
      </Group>

      {clients.isPending ? (
        <Stack gap="xs" aria-busy>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={36} />
          ))}
        </Stack>
      ) : clients.isError ? (
        <ErrorAlert error={clients.error} onRetry={() => void clients.refetch()} />
      ) : clients.data.items.length === 0 ? (
        <EmptyState
          icon={<IconAddressBook size={32} />}
          title={q || status !== 'all' ? t('clients.emptySearch') : t('clients.empty')}
        />
      ) : (
        <>
          <ClientsTable clients={clients.data.items} sort={sort} onSort={setSort} withBudget={isAdmin(me)} />
          <CursorPagination
            hasPrevious={pages.hasPrevious}
            hasNext={clients.data.nextCursor !== null}
            onPrevious={pages.previous}
            onNext={() => clients.data.nextCursor && pages.next(clients.data.nextCursor)}
            disabled={clients.isPlaceholderData}
          />
        </>
      )}

      <ClientFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(client) => void navigate(`/clients/${client.id}`)}
      />
    </Stack>
  );
}
