import type { Attachment } from '@guichet/contract/tickets';
import { Anchor, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { IconFileText, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFileSize } from './file-size';

const url = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;

/** Images as previews (opening the full file), other files as download links with their size. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const { t } = useTranslation();
  const size = useFileSize();
  if (attachments.length === 0) return null;
  const images = attachments.filter((a) => a.contentType.startsWith('image/'));
  const files = attachments.filter((a) => !a.contentType.startsWith('image/'));

  return (
    <Stack gap="xs" mt="sm">
      <Text fz="sm" fw={500} c="dimmed">
        <IconPaperclip size={14} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
        {t('tickets.attachments.count', { count: attachments.length })}
      </Text>
      {images.length > 0 && (
        <Group gap="sm" align="flex-start">
          {images.map((a) => (
            <Anchor key={a.id} href={url(a.id)} target="_blank" rel="noopener noreferrer" title={a.fileName}>
              <Paper withBorder p={4} radius="sm">
                <Image src={url(a.id)} alt={a.fileName} h={120} w="auto" maw={240} fit="contain" loading="lazy" />
              </Paper>
            </Anchor>
          ))}
        </Group>
      )}
      {files.length > 0 && (
        <Stack gap={4}>
          {files.map((a) => (
            <Group key={a.id} gap={6} wrap="nowrap">
              <IconFileText size={16} aria-hidden />
              <Anchor href={`${url(a.id)}?download=1`} download={a.fileName} style={{ overflowWrap: 'anywhere' }}>
                {a.fileName}
              </Anchor>
              <Text span fz="sm" c="dimmed">
                ({size(a.sizeBytes)})
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
