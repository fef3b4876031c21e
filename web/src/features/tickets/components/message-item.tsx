import type { Message } from '@guichet/contract/tickets';
import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { IconLock, IconMail } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../lib/format';
import { AttachmentList } from './attachment-list';
import { MarkdownText } from './markdown-text';

/** `auto_closed` (optionally `auto_closed:5`) → the sentence; any other system body as is. */
function useSystemText() {
  const { t } = useTranslation();
  return (body: string) => {
    const match = /^auto_closed(?:[:\s]+(\d+))?$/.exec(body.trim());
    if (!match) return body;
    return match[1]
      ? t('tickets.discussion.autoClosedDays', { count: Number(match[1]) })
      : t('tickets.discussion.autoClosed');
  };
}

interface MessageItemProps {
  message: Message;
  /** Staff: open the original of a message that came by mail. */
  onShowOriginal?: (inboundMailId: string) => void;
}

/** One message of the discussion: author, role, time, body (safe Markdown), attachments. */
export function MessageItem({ message, onShowOriginal }: MessageItemProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const systemText = useSystemText();
  const headerId = useId();

  if (message.kind === 'system') {
    return (
      <Text component="p" ta="center" c="dimmed" fz="sm" fs="italic" py={4} data-kind="system">
        {systemText(message.body)} ·{' '}
        <time dateTime={message.createdAt}>{dateTime(message.createdAt)}</time>
      </Text>
    );
  }

  const internal = message.kind === 'internal';
  return (
    <Paper
      component="article"
      aria-labelledby={headerId}
      withBorder
      p="md"
      radius="md"
      data-kind={message.kind}
      bg={internal ? 'var(--mantine-color-yellow-0)' : undefined}
      style={internal ? { borderColor: 'var(--mantine-color-yellow-5)', borderStyle: 'dashed' } : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs" wrap="wrap">
        <Group gap="xs" id={headerId}>
          <Text fw={700}>{message.author?.name ?? t('tickets.discussion.system')}</Text>
          {message.author && (
            <Badge variant="light" color={message.author.role === 'contact' ? 'indigo' : 'teal'} size="sm">
              {t(`tickets.discussion.roles.${message.author.role}`)}
            </Badge>
          )}
          {internal && (
            <Badge color="yellow" variant="filled" size="sm" leftSection={<IconLock size={12} aria-hidden />}>
              {t('tickets.discussion.internal')}
            </Badge>
          )}
        </Group>
        <Text fz="sm" c="dimmed">
          <time dateTime={message.createdAt}>{dateTime(message.createdAt)}</time>
        </Text>
      </Group>
      <MarkdownText>{message.body}</MarkdownText>
      <AttachmentList attachments={message.attachments} />
      {message.inboundMailId && onShowOriginal && (
        <ByMail inboundMailId={message.inboundMailId} onShowOriginal={onShowOriginal} />
      )}
    </Paper>
  );
}

/** « Reçu par e-mail · Voir l'original » (staff): discreet, under a message or a description that came by mail. */
export function ByMail({ inboundMailId, onShowOriginal }: { inboundMailId: string; onShowOriginal: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} mt="xs" c="dimmed" fz="xs" wrap="wrap">
      <IconMail size={14} aria-hidden />
      <Text span fz="xs" c="dimmed">
        {t('tickets.discussion.byMail')}
      </Text>
      <Text span fz="xs" c="dimmed" aria-hidden>
        ·
      </Text>
      <Anchor component="button" type="button" fz="xs" onClick={() => onShowOriginal(inboundMailId)}>
        {t('tickets.discussion.showOriginal')}
      </Anchor>
    </Group>
  );
}
