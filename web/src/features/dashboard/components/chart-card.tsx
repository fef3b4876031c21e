import { Box, Group, Paper, SegmentedControl, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartCardProps {
  title: string;
  /** One line under the title (what is counted, in which order). */
  description?: string;
  /** The chart's numbers, a phrase per bar or point: one sentence for screen readers (the drawing itself is hidden from them). */
  summaryItems: string[];
  chart: ReactNode;
  /** The table's column heads: the first names the rows, the others head numbers (aligned right). */
  columns: string[];
  /** The same numbers as the chart, a `Table.Tr` each; the card adds the table, its head and its caption. */
  tableRows: ReactNode;
  /** Shown instead of the chart and the table when there is nothing to draw. */
  empty?: string;
  /** Wide tables scroll sideways on narrow screens rather than squeezing their numbers. */
  tableMinWidth?: number;
}

type View = 'chart' | 'table';

/** A titled chart with its numbers one click away (« Graphique » | « Chiffres »), in an accessible table. */
export function ChartCard({ title, description, summaryItems, chart, columns, tableRows, empty, tableMinWidth = 360 }: ChartCardProps) {
  const { t } = useTranslation();
  const summary = t('dashboard.chart.summary', { items: summaryItems.join(t('dashboard.chart.separator')) });
  const titleId = useId();
  const summaryId = useId();
  const [view, setView] = useState<View>('chart');

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={titleId} miw={0}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
        <Box miw={0}>
          <Title order={2} fz="lg" id={titleId}>
            {title}
          </Title>
          {description && (
            <Text fz="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Box>
        {!empty && (
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(value) => setView(value as View)}
            aria-label={t('dashboard.view.label', { title })}
            data={[
              { value: 'chart', label: t('dashboard.view.chart') },
              { value: 'table', label: t('dashboard.view.table') },
            ]}
          />
        )}
      </Group>
      {empty ? (
        <Text c="dimmed" fz="sm" py="lg" ta="center">
          {empty}
        </Text>
      ) : view === 'chart' ? (
        <Box component="figure" m={0} aria-labelledby={titleId} aria-describedby={summaryId}>
          <VisuallyHidden id={summaryId}>{summary}</VisuallyHidden>
          <Box aria-hidden>{chart}</Box>
        </Box>
      ) : (
        <Table.ScrollContainer minWidth={tableMinWidth}>
          <Table striped verticalSpacing="xs">
            <Table.Caption>{t('dashboard.view.caption', { title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column, i) => (
                  <Table.Th key={column} scope="col" ta={i === 0 ? undefined : 'right'}>
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{tableRows}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
