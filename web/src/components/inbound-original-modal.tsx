import { Button, Code, DataList, Group, Modal, ScrollArea, Skeleton, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../lib/format';
import { inboundRawUrl, useInboundMail } from '../lib/get-inbound-mail';
import { ErrorAlert } from './error-alert';

interface InboundOriginalModalProps {
  /** The mail to show; null keeps the modal closed. */
  inboundMailId: string | null;
  onClose: () => void;
}

/**
 * « Original du courriel »: a mail as received — sender, subject, date and its whole text (plain
 * text, never HTML) — with the .eml to download.
 */
export function InboundOriginalModal({ inboundMailId, onClose }: InboundOriginalModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={inboundMailId !== null} onClose={onClose} title={t('mail.original.title')} size="xl">
      {inboundMailId && <OriginalMail id={inboundMailId} onClose={onClose} />}
    </Modal>
  );
}

function OriginalMail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const mail = useInboundMail(id, true);

  if (mail.isPending) {
    return (
      <Stack aria-busy gap="sm">
        <Skeleton height={60} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (mail.isError) return <ErrorAlert error={mail.error} onRetry={() => void mail.refetch()} />;

  const { data } = mail;
  const from = data.fromName && data.fromEmail ? `${data.fromName} <${data.fromEmail}>` : (data.fromEmail ?? data.fromName);
  return (
    <Stack gap="md">
      <DataList labelWidth={120}>
        <DataList.Item>
          <DataList.ItemLabel>{t('mail.original.from')}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{from ?? t('mail.original.unknownSender')}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('mail.original.subject')}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{data.subject ?? t('mail.original.noSubject')}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('mail.original.receivedAt')}</DataList.ItemLabel>
          <DataList.ItemValue>{dateTime(data.receivedAt)}</DataList.ItemValue>
        </DataList.Item>
        {data.attachmentCount > 0 && (
          <DataList.Item>
            <DataList.ItemLabel>{t('mail.original.attachments')}</DataList.ItemLabel>
            <DataList.ItemValue>{t('mail.original.attachmentCount', { count: data.attachmentCount })}</DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
      {data.text === null ? (
        <Text c="dimmed">{t('mail.original.noText')}</Text>
      ) : (
        <ScrollArea.Autosize mah="55vh" type="auto">
          {/* The text as received, rendered as text: nothing in a mail can become markup here. */}
          <Code
            block
            tabIndex={0}
            aria-label={t('mail.original.text')}
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            data-testid="inbound-original-text"
          >
            {data.text}
          </Code>
        </ScrollArea.Autosize>
      )}
      <Group justify="flex-end">
        {data.hasRaw && (
          <Button component="a" href={inboundRawUrl(data.id)} download variant="light" leftSection={<IconDownload size={16} aria-hidden />}>
            {t('mail.original.download')}
          </Button>
        )}
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}
