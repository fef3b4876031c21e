import type { Attachment } from '@guichet/contract/tickets';
import { Alert, Button, Group, Loader, Pill, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconPaperclip, IconUpload, IconX } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/error-message';
import { useUploadAttachments } from '../api/upload-attachments';
import { useFileSize } from './file-size';

/** What the server accepts by default (settings may narrow it; the server has the last word). */
const ACCEPT = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'];
export const MAX_ATTACHMENTS = 10;

interface AttachmentUploaderProps {
  value: Attachment[];
  onChange: (attachments: Attachment[]) => void;
  /** Tells the form a batch is still uploading (its submit waits). */
  onUploadingChange?: (uploading: boolean) => void;
  disabled?: boolean;
}

/**
 * Drop several files at once, or pick them with « Ajouter des fichiers ». Each batch is uploaded
 * right away (`POST /api/attachments`); the uploaded files show as chips that can be removed.
 */
export function AttachmentUploader({ value, onChange, onUploadingChange, disabled }: AttachmentUploaderProps) {
  const { t } = useTranslation();
  const size = useFileSize();
  const openRef = useRef<() => void>(null);
  const upload = useUploadAttachments();
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  // The latest list, for uploads that finish after another change.
  const current = useRef(value);
  current.current = value;

  const describeError = (err: unknown): string => {
    if (isApiError(err, 'unsupported_file_type') || (isApiError(err) && err.status === 415)) {
      const details = err.details as { fileName?: unknown } | undefined;
      return typeof details?.fileName === 'string'
        ? t('tickets.attachments.unsupportedNamed', { name: details.fileName })
        : t('tickets.attachments.unsupported');
    }
    if (isApiError(err, 'file_too_large') || (isApiError(err) && err.status === 413)) {
      const details = err.details as { maxBytes?: unknown } | undefined;
      return typeof details?.maxBytes === 'number'
        ? t('tickets.attachments.tooLargeMax', { max: size(details.maxBytes) })
        : t('tickets.attachments.tooLarge');
    }
    if (isApiError(err, 'empty_file')) return t('tickets.attachments.empty');
    if (isApiError(err, 'too_many_files')) return t('tickets.attachments.tooMany', { count: MAX_ATTACHMENTS });
    return errorMessage(t, err);
  };

  const onDrop = (files: File[]) => {
    setError(null);
    if (files.length === 0) return;
    const room = MAX_ATTACHMENTS - current.current.length;
    if (files.length > room) {
      setError(t('tickets.attachments.tooMany', { count: MAX_ATTACHMENTS }));
      if (room <= 0) return;
    }
    onUploadingChange?.(true);
    upload.mutate(files.slice(0, Math.max(room, 0)), {
      onSuccess: ({ items }) => onChange([...current.current, ...items]),
      onError: (err) => setError(describeError(err)),
      onSettled: () => onUploadingChange?.(false),
    });
  };

  const onReject = (rejections: FileRejection[]) => {
    const first = rejections[0];
    if (!first) return;
    const tooLarge = first.errors.some((e) => e.code === 'file-too-large');
    setError(tooLarge ? t('tickets.attachments.tooLarge') : t('tickets.attachments.unsupportedNamed', { name: first.file.name }));
  };

  const busy = disabled || upload.isPending;

  return (
    <Stack gap="xs">
      <Text component="span" fz="sm" fw={500}>
        {t('tickets.attachments.label')}
      </Text>
      <Dropzone
        onDrop={onDrop}
        onReject={onReject}
        accept={ACCEPT}
        multiple
        openRef={openRef}
        disabled={busy}
        loading={upload.isPending}
        activateOnClick
        inputProps={{ 'aria-label': t('tickets.attachments.label'), 'aria-describedby': hintId }}
        p="md"
      >
        <Group justify="center" gap="md" mih={70} style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={32} stroke={1.5} aria-hidden />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={32} stroke={1.5} aria-hidden />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconPaperclip size={32} stroke={1.5} aria-hidden />
          </Dropzone.Idle>
          <div>
            <Text fw={500}>{t('tickets.attachments.dropTitle')}</Text>
            <Text c="dimmed" fz="sm" id={hintId}>
              {t('tickets.attachments.dropHint')}
            </Text>
          </div>
        </Group>
      </Dropzone>
      <Group gap="sm">
        <Button variant="default" size="xs" onClick={() => openRef.current?.()} disabled={busy}>
          {t('tickets.attachments.choose')}
        </Button>
        {upload.isPending && (
          <Group gap={6} role="status">
            <Loader size="xs" />
            <Text fz="sm">{t('tickets.attachments.uploading')}</Text>
          </Group>
        )}
      </Group>
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)} closeButtonLabel={t('common.close')} p="xs">
          {error}
        </Alert>
      )}
      {value.length > 0 && (
        <Group gap="xs" aria-label={t('tickets.attachments.added')} role="list">
          {value.map((a) => (
            <Pill
              key={a.id}
              role="listitem"
              size="md"
              withRemoveButton
              onRemove={() => onChange(current.current.filter((x) => x.id !== a.id))}
              // Mantine hides the remove button from the keyboard and screen readers by default.
              removeButtonProps={{
                'aria-label': t('tickets.attachments.remove', { name: a.fileName }),
                'aria-hidden': false,
                tabIndex: 0,
              }}
            >
              {a.fileName} ({size(a.sizeBytes)})
            </Pill>
          ))}
        </Group>
      )}
    </Stack>
  );
}
