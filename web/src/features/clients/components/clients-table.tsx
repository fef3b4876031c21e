import type { Client, ClientSort } from '@guichet/contract/clients';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HiddenCaption } from '../../../components/hidden-caption';
import { SortableTh } from '../../../components/sortable-th';
import { useDateFormat } from '../../../lib/format';
import { ClientBudgetCell } from './client-budget-cell';
import { ClientStatusBadge } from './client-status-badge';

interface ClientsTableProps {
  clients: Client[];
  sort: ClientSort;
  onSort: (sort: ClientSort) => void;
  /** Admins: the « Budget en cours » column (agents get no money figures). */
  withBudget?: boolean;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * Nom, référence CRM, e-mail, ville, contacts and statut are always shown; the lower-value columns
 * appear on wide screens only (SIRET and téléphone from `xl`, « Créé le » from `lg` — below that,
 * the list page offers the same sorts in a select). Narrow screens scroll the table sideways.
 */
export function ClientsTable({ clients, sort, onSort, withBudget = false }: ClientsTableProps) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const dash = (
    <Text span c="dimmed">
      —
    </Text>
  );

  return (
    <Table.ScrollContainer minWidth={withBudget ? 920 : 760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <HiddenCaption>{t('clients.tableCaption')}</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="name" label={t('clients.columns.name')} sort={sort} onSort={onSort} />
            <SortableTh field="externalRef" label={t('clients.columns.externalRef')} sort={sort} onSort={onSort} />
            <Table.Th visibleFrom="xl" style={nowrap}>
              {t('clients.columns.companyId')}
            </Table.Th>
            <Table.Th>{t('clients.columns.email')}</Table.Th>
            <Table.Th visibleFrom="xl" style={nowrap}>
              {t('clients.columns.phone')}
            </Table.Th>
            <Table.Th>{t('clients.columns.city')}</Table.Th>
            <Table.Th ta="right">{t('clients.columns.contacts')}</Table.Th>
            <Table.Th>{t('clients.columns.status')}</Table.Th>
            {withBudget && <Table.Th style={nowrap}>{t('clients.columns.budget')}</Table.Th>}
            <SortableTh
              field="createdAt"
              label={t('clients.columns.createdAt')}
              sort={sort}
              onSort={onSort}
              visibleFrom="lg"
            />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.id}>
              <Table.Td miw={190}>
                <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
                  {client.name}
                </Anchor>
              </Table.Td>
              <Table.Td style={nowrap}>{client.externalRef ?? dash}</Table.Td>
              <Table.Td visibleFrom="xl" style={nowrap}>
                {client.companyId ?? dash}
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'break-word' }}>{client.email ?? dash}</Table.Td>
              <Table.Td visibleFrom="xl" style={nowrap}>
                {client.phone ?? dash}
              </Table.Td>
              <Table.Td>{client.address.city ?? dash}</Table.Td>
              <Table.Td ta="right">{client.contactCount}</Table.Td>
              <Table.Td style={nowrap}>
                <ClientStatusBadge active={client.active} />
              </Table.Td>
              {withBudget && (
                <Table.Td style={nowrap}>{client.budget ? <ClientBudgetCell budget={client.budget} /> : dash}</Table.Td>
              )}
              <Table.Td visibleFrom="lg" style={nowrap}>
                {date(client.createdAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
