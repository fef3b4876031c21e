import type { InboundMail } from '@guichet/contract/mail';
import { Anchor, Button, Menu, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconFileText, IconLink, IconTrash, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HiddenCaption } from '../../../../components/hidden-caption';
import { useDateFormat } from '../../../../lib/format';
import { inboundReasonLabel } from './mail-labels';
import { InboundStatusBadge } from './status-badges';

export type InboundAction = 'original' | 'accept' | 'attach' | 'delete';

interface InboundTableProps {
  mails: InboundMail[];
  onAction: (action: InboundAction, mail: InboundMail) => void;
}

/** Mails received, newest first; a quarantined one offers what an admin can do with it. */
export function InboundTable({ mails, onAction }: InboundTableProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped verticalSpacing="sm">
        <HiddenCaption>{t('mail.inbound.caption')}</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('mail.inbound.columns.from')}</Table.Th>
            <Table.Th>{t('mail.inbound.columns.subject')}</Table.Th>
            <Table.Th>{t('mail.inbound.columns.status')}</Table.Th>
            <Table.Th>{t('mail.inbound.columns.reason')}</Table.Th>
            <Table.Th>{t('mail.inbound.columns.ticket')}</Table.Th>
            <Table.Th>{t('mail.inbound.columns.receivedAt')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mails.map((mail) => {
            const sender = mail.fromEmail ?? mail.fromName ?? t('mail.original.unknownSender');
            return (
              <Table.Tr key={mail.id}>
                <Table.Td maw={220}>
                  <Stack gap={0}>
                    {mail.fromName && (
                      <Text fz="sm" fw={500} truncate>
                        {mail.fromName}
                      </Text>
                    )}
                    <Text fz="xs" c="dimmed" truncate>
                      {mail.fromEmail ?? '—'}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td maw={320}>
                  <UnstyledButton
                    onClick={() => onAction('original', mail)}
                    fz="sm"
                    fw={500}
                    c="var(--mantine-color-anchor)"
                    style={{ textAlign: 'start', overflowWrap: 'anywhere' }}
                    aria-haspopup="dialog"
                  >
                    {mail.subject ?? t('mail.original.noSubject')}
                  </UnstyledButton>
                  {mail.attachmentCount > 0 && (
                    <Text fz="xs" c="dimmed">
                      {t('mail.original.attachmentCount', { count: mail.attachmentCount })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <InboundStatusBadge status={mail.status} />
                </Table.Td>
                <Table.Td maw={240}>
                  {mail.reason ? (
                    <>
                      <Text fz="sm">{inboundReasonLabel(t, mail.reason)}</Text>
                      {mail.detail && (
                        <Text fz="xs" c="dimmed" lineClamp={2} title={mail.detail}>
                          {mail.detail}
                        </Text>
                      )}
                    </>
                  ) : (
                    <Text span c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {mail.ticket ? (
                    <Anchor component={Link} to={`/tickets/${mail.ticket.id}`} fz="sm">
                      {t('tickets.number', { number: mail.ticket.number })}
                    </Anchor>
                  ) : (
                    <Text span c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                  {dateTime(mail.receivedAt)}
                </Table.Td>
                <Table.Td>
                  {mail.status === 'quarantined' ? (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <Button
                          size="xs"
                          variant="light"
                          rightSection={<IconChevronDown size={14} aria-hidden />}
                          aria-label={t('mail.inbound.actionsFor', { sender })}
                        >
                          {t('mail.inbound.handle')}
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconUserCheck size={16} aria-hidden />} onClick={() => onAction('accept', mail)}>
                          {t('mail.inbound.accept')}
                        </Menu.Item>
                        <Menu.Item leftSection={<IconLink size={16} aria-hidden />} onClick={() => onAction('attach', mail)}>
                          {t('mail.inbound.attach')}
                        </Menu.Item>
                        <Menu.Item leftSection={<IconFileText size={16} aria-hidden />} onClick={() => onAction('original', mail)}>
                          {t('mail.inbound.showOriginal')}
                        </Menu.Item>
                        <Menu.Divider />
                        <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => onAction('delete', mail)}>
                          {t('mail.inbound.delete')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  ) : (
                    <Button size="xs" variant="subtle" onClick={() => onAction('original', mail)} aria-label={t('mail.inbound.originalOf', { sender })}>
                      {t('mail.inbound.showOriginal')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
