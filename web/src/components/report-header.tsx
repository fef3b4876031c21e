import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ReportHeaderProps {
  title: string;
  /** The dashboard is a page of its own (h1); Coûts sits under Administration's heading (h2). */
  order: 1 | 2;
  /** The line under the title. */
  description: string;
  /** Announce the line when it changes (it follows the filters). */
  live?: boolean;
  /** The report on screen as CSV; no button while the range cannot be asked for. */
  csvUrl?: string;
}

/** A report's title, a line under it and « Exporter en CSV »: the dashboard and Administration → Coûts. */
export function ReportHeader({ title, order, description, live = false, csvUrl }: ReportHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-end">
      <Stack gap={0}>
        <Title order={order}>{title}</Title>
        <Text c="dimmed" fz="sm" aria-live={live ? 'polite' : undefined}>
          {description}
        </Text>
      </Stack>
      {csvUrl && (
        <Button component="a" href={csvUrl} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
          {t('common.exportCsv')}
        </Button>
      )}
    </Group>
  );
}
