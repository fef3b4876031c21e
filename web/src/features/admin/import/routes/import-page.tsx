import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../components/notify';
import { errorMessage } from '../../../../lib/error-message';
import { usePageTitle } from '../../../../lib/use-page-title';
import { useImportClients } from '../api/import-clients';
import { CsvDropzone } from '../components/csv-dropzone';
import { IMPORT_COLUMNS } from '../components/import-columns';
import { ImportReportView } from '../components/import-report-view';

export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('import.title'));
  const [file, setFile] = useState<File | null>(null);
  const importClients = useImportClients();

  const chooseFile = (chosen: File) => {
    setFile(chosen);
    importClients.reset();
  };

  const upload = () => {
    if (!file) return;
    importClients.mutate(file, {
      onSuccess: (report) => notifySuccess(t('import.done', { created: report.created, updated: report.updated, unchanged: report.unchanged, rejected: report.rejected })),
      // A whole-file problem (unknown columns, not CSV, too big…) stays on the page, next to the file.
    });
  };

  return (
    <Stack gap="md">
      <Title order={2}>{t('import.title')}</Title>
      <Text>{t('import.intro')}</Text>
      <Stack gap={4}>
        <Text fz="sm" c="dimmed">
          {t('import.columnsHelp')}
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {IMPORT_COLUMNS.join(';')}
        </Code>
      </Stack>

      <CsvDropzone onFile={chooseFile} disabled={importClients.isPending} />

      {file && (
        <Paper withBorder p="sm">
          <Group justify="space-between">
            <Group gap="xs">
              <IconFileSpreadsheet size={20} aria-hidden />
              <Text aria-live="polite">{t('import.selected', { name: file.name })}</Text>
            </Group>
            <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={upload} loading={importClients.isPending}>
              {t('import.submit')}
            </Button>
          </Group>
        </Paper>
      )}

      {importClients.isError && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('import.failedTitle')} role="alert">
          {errorMessage(t, importClients.error)}
        </Alert>
      )}

      {importClients.data && <ImportReportView report={importClients.data} />}
    </Stack>
  );
}
