import type { ApiToken } from '@guichet/contract/tokens';
import { Badge, Button, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HiddenCaption } from '../../../../components/hidden-caption';
import { useDateFormat } from '../../../../lib/format';

interface TokensTableProps {
  tokens: ApiToken[];
  onRevoke: (token: ApiToken) => void;
}

export function TokensTable({ tokens, onRevoke }: TokensTableProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" striped>
        <HiddenCaption>{t('tokens.tableCaption')}</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tokens.columns.name')}</Table.Th>
            <Table.Th>{t('tokens.columns.prefix')}</Table.Th>
            <Table.Th>{t('tokens.columns.createdAt')}</Table.Th>
            <Table.Th>{t('tokens.columns.createdBy')}</Table.Th>
            <Table.Th>{t('tokens.columns.lastUsed')}</Table.Th>
            <Table.Th>{t('tokens.columns.status')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => {
            const revoked = token.revokedAt !== null;
            return (
              <Table.Tr key={token.id}>
                <Table.Td fw={500}>{token.name}</Table.Td>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>{dateTime(token.createdAt)}</Table.Td>
                <Table.Td>{token.createdBy?.name ?? <Text span c="dimmed">—</Text>}</Table.Td>
                <Table.Td>{token.lastUsedAt ? dateTime(token.lastUsedAt) : t('common.never')}</Table.Td>
                <Table.Td>
                  <Badge color={revoked ? 'gray' : 'green'} variant="light">
                    {revoked ? t('tokens.statusRevoked') : t('tokens.statusActive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {!revoked && (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => onRevoke(token)}
                      aria-label={t('tokens.revokeLabel', { name: token.name })}
                    >
                      {t('tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
