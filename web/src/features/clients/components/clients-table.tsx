import type { Client, ClientSort } from '@guichet/contract/clients';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableTh } from '../../../components/sortable-th';
import { useDateFormat } from '../../../lib/format';
import { ClientStatusBadge } from './client-status-badge';

interface ClientsTableProps {
  clients: Client[];
  sort: ClientSort;
  onSort: (sort: ClientSort) => void;
}

export function ClientsTable({ clients, sort, onSort }: ClientsTableProps) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const dash = (
    <Text span c="dimmed">
      —
    </Text>
  );

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('clients.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="name" label={t('clients.columns.name')} sort={sort} onSort={onSort} />
            <SortableTh field="externalRef" label={t('clients.columns.externalRef')} sort={sort} onSort={onSort} />
            <Table.Th>{t('clients.columns.companyId')}</Table.Th>
            <Table.Th>{t('clients.columns.email')}</Table.Th>
            <Table.Th>{t('clients.columns.phone')}</Table.Th>
            <Table.Th>{t('clients.columns.city')}</Table.Th>
            <Table.Th ta="right">{t('clients.columns.contacts')}</Table.Th>
            <Table.Th>{t('clients.columns.status')}</Table.Th>
            <SortableTh field="createdAt" label={t('clients.columns.createdAt')} sort={sort} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.id}>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
                  {client.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{client.externalRef ?? dash}</Table.Td>
              <Table.Td>{client.companyId ?? dash}</Table.Td>
              <Table.Td>{client.email ?? dash}</Table.Td>
              <Table.Td>{client.phone ?? dash}</Table.Td>
              <Table.Td>{client.address.city ?? dash}</Table.Td>
              <Table.Td ta="right">{client.contactCount}</Table.Td>
              <Table.Td>
                <ClientStatusBadge active={client.active} />
              </Table.Td>
              <Table.Td>{date(client.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
