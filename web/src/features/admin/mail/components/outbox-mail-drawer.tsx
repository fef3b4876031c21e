import type { OutboxMailDetail } from '@guichet/contract/mail';
import { Alert, Anchor, Badge, Button, Code, DataList, Drawer, Group, ScrollArea, Skeleton, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconAlertCircle, IconSend } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../../components/error-alert';
import { HiddenCaption } from '../../../../components/hidden-caption';
import { notifyError, notifySuccess } from '../../../../components/notify';
import { useDateFormat } from '../../../../lib/format';
import { useOutboxMail } from '../api/get-outbox-mail';
import { useResendOutboxMail } from '../api/resend-outbox-mail';
import { mailKindLabel } from './mail-labels';
import { MailHtmlPreview } from './mail-html-preview';
import { OutboxStatusBadge } from './status-badges';

interface OutboxMailDrawerProps {
  /** The mail to show; null keeps the drawer closed. */
  mailId: string | null;
  onClose: () => void;
}

/** One mail of the outbox: where it stands, its headers, its text and its HTML (sandboxed); « Renvoyer » when it failed. */
export function OutboxMailDrawer({ mailId, onClose }: OutboxMailDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={mailId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('mail.outbox.detailTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {mailId && <OutboxMail id={mailId} />}
    </Drawer>
  );
}

function OutboxMail({ id }: { id: string }) {
  const mail = useOutboxMail(id);
  if (mail.isPending) {
    return (
      <Stack gap="sm" aria-busy>
        <Skeleton height={28} width="70%" />
        <Skeleton height={140} />
        <Skeleton height={320} />
      </Stack>
    );
  }
  if (mail.isError) return <ErrorAlert error={mail.error} onRetry={() => void mail.refetch()} />;
  return <OutboxMailView mail={mail.data} />;
}

function OutboxMailView({ mail }: { mail: OutboxMailDetail }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const resend = useResendOutboxMail();
  const to = mail.toName ? `${mail.toName} <${mail.toEmail}>` : mail.toEmail;

  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{value}</DataList.ItemValue>
    </DataList.Item>
  );

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Text fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
          {mail.subject}
        </Text>
        <Group gap="xs">
          <OutboxStatusBadge status={mail.status} />
          <Badge variant="outline" color="gray">
            {mailKindLabel(t, mail.kind)}
          </Badge>
          {mail.ticket && (
            <Anchor component={Link} to={`/tickets/${mail.ticket.id}`} fz="sm">
              {t('mail.outbox.ticketLink', { number: mail.ticket.number })}
            </Anchor>
          )}
        </Group>
      </Stack>

      {mail.status === 'failed' && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('mail.outbox.failedTitle')}>
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {mail.lastError ?? t('mail.outbox.noError')}
          </Text>
          <Button
            mt="sm"
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconSend size={14} aria-hidden />}
            loading={resend.isPending}
            onClick={() =>
              resend.mutate(mail.id, { onSuccess: () => notifySuccess(t('mail.outbox.resent')), onError: notifyError })
            }
          >
            {t('mail.outbox.resend')}
          </Button>
        </Alert>
      )}

      <DataList labelWidth={150} withDivider>
        {item(t('mail.outbox.fields.to'), to)}
        {item(t('mail.outbox.fields.locale'), t(`languages.${mail.locale}`))}
        {item(t('mail.outbox.fields.createdAt'), dateTime(mail.createdAt))}
        {item(t('mail.outbox.fields.sentAt'), mail.sentAt ? dateTime(mail.sentAt) : t('mail.outbox.notSent'))}
        {item(t('mail.outbox.fields.attempts'), mail.attempts)}
        {mail.nextAttemptAt && mail.status === 'queued' && item(t('mail.outbox.fields.nextAttemptAt'), dateTime(mail.nextAttemptAt))}
        {mail.lastError && mail.status !== 'failed' && item(t('mail.outbox.fields.lastError'), mail.lastError)}
        {mail.response && item(t('mail.outbox.fields.response'), mail.response)}
      </DataList>

      <Tabs defaultValue="html" keepMounted={false}>
        <Tabs.List aria-label={t('mail.outbox.versions')}>
          <Tabs.Tab value="html">{t('mail.outbox.tabs.html')}</Tabs.Tab>
          <Tabs.Tab value="text">{t('mail.outbox.tabs.text')}</Tabs.Tab>
          <Tabs.Tab value="headers">{t('mail.outbox.tabs.headers')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="sm">
          <MailHtmlPreview html={mail.htmlBody} />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="sm">
          <ScrollArea.Autosize mah="60vh" type="auto">
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {mail.textBody}
            </Code>
          </ScrollArea.Autosize>
        </Tabs.Panel>
        <Tabs.Panel value="headers" pt="sm">
          <Table verticalSpacing={4} fz="sm" layout="fixed">
            <HiddenCaption>{t('mail.outbox.headersCaption')}</HiddenCaption>
            <Table.Tbody>
              {[['Message-ID', mail.messageId] as const, ...Object.entries(mail.headers)].map(([name, value]) => (
                <Table.Tr key={name}>
                  <Table.Th scope="row" w="35%" style={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                    {name}
                  </Table.Th>
                  <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {value}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
