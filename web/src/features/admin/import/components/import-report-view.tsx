import type { ImportReport, ImportRowResult } from '@guichet/contract/clients';
import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isImportColumn } from './import-columns';
import { rowErrorMessage } from './row-error-message';
import { HiddenCaption } from '../../../../components/hidden-caption';

const RESULT_COLORS = { created: 'green', updated: 'blue', unchanged: 'gray', rejected: 'red' } as const;

function Stat({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <Paper withBorder p="sm">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

function RowErrors({ row }: { row: ImportRowResult }) {
  const { t } = useTranslation();
  // A CSV column by its name in the form; `row` (the whole line) as « Ligne ».
  const fieldLabel = (field: string) =>
    isImportColumn(field) ? t(`clients.fields.${field}`) : field === 'row' ? t('import.rowField') : field;
  if (row.errors.length === 0) {
    return row.clientId ? (
      <Anchor component={Link} to={`/clients/${row.clientId}`} fz="sm">
        {t('import.openClient')}
      </Anchor>
    ) : null;
  }
  return (
    <List size="sm" spacing={2}>
      {row.errors.map((error, i) => (
        <List.Item key={i}>
          <Text span fw={600} fz="sm">
            {fieldLabel(error.field)}
          </Text>
          {t('import.fieldSeparator')}
          {rowErrorMessage(t, error)}
        </List.Item>
      ))}
    </List>
  );
}

/** Totals, then one line per CSV row (rejected rows with their reasons). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const [onlyRejected, setOnlyRejected] = useState(report.rejected > 0);
  const rows = onlyRejected ? report.rows.filter((row) => row.result === 'rejected') : report.rows;

  return (
    <Stack component="section" aria-labelledby="import-report-title">
      <Title order={3} id="import-report-title">
        {t('import.reportTitle')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label={t('import.summary.created')} value={report.created} color="green" />
        <Stat label={t('import.summary.updated')} value={report.updated} color="blue" />
        <Stat label={t('import.summary.unchanged')} value={report.unchanged} color="dimmed" />
        <Stat label={t('import.summary.rejected')} value={report.rejected} color="red" />
      </SimpleGrid>
      <Group>
        <Switch
          label={t('import.onlyRejected')}
          checked={onlyRejected}
          onChange={(event) => setOnlyRejected(event.currentTarget.checked)}
        />
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('import.noRows')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs" striped>
            <HiddenCaption>{t('import.tableCaption')}</HiddenCaption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t('import.columns.line')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('import.columns.externalRef')}</Table.Th>
                <Table.Th>{t('import.columns.result')}</Table.Th>
                <Table.Th>{t('import.columns.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.line}>
                  <Table.Td ta="right">{row.line}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.externalRef ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge color={RESULT_COLORS[row.result]} variant="light">
                      {t(`import.results.${row.result}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <RowErrors row={row} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
