import { Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconFileUpload, IconX } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyWarning } from '../../../../components/notify';

// Browsers label CSV files in several ways; the extension is what matters to the user.
const CSV_TYPES = {
  'text/csv': ['.csv'],
  'application/vnd.ms-excel': ['.csv'],
  'text/plain': ['.csv'],
};

interface CsvDropzoneProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** Drop a CSV file, click the zone, or use the « Choisir un fichier » button. */
export function CsvDropzone({ onFile, disabled }: CsvDropzoneProps) {
  const { t } = useTranslation();
  const openRef = useRef<() => void>(null);

  return (
    <Stack gap="sm">
      <Dropzone
        onDrop={(files) => files[0] && onFile(files[0])}
        onReject={() => notifyWarning(t('import.dropReject'))}
        accept={CSV_TYPES}
        multiple={false}
        openRef={openRef}
        disabled={disabled}
        activateOnClick
        inputProps={{ 'aria-label': t('import.fileInput') }}
      >
        <Group justify="center" gap="lg" mih={140} style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconFileUpload size={44} stroke={1.5} aria-hidden />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={44} stroke={1.5} aria-hidden />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconFileSpreadsheet size={44} stroke={1.5} aria-hidden />
          </Dropzone.Idle>
          <div>
            <Text fz="lg" fw={500}>
              {t('import.dropTitle')}
            </Text>
            <Text c="dimmed" fz="sm">
              {t('import.dropHint')}
            </Text>
          </div>
        </Group>
      </Dropzone>
      <Group>
        <Button variant="default" onClick={() => openRef.current?.()} disabled={disabled}>
          {t('import.chooseFile')}
        </Button>
      </Group>
    </Stack>
  );
}
