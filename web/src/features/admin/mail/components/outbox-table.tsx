import type { OutboxMail } from '@guichet/contract/mail';
import { Anchor, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HiddenCaption } from '../../../../components/hidden-caption';
import { useDateFormat } from '../../../../lib/format';
import { mailKindLabel } from './mail-labels';
import { OutboxStatusBadge } from './status-badges';

interface OutboxTableProps {
  mails: OutboxMail[];
  onOpen: (mail: OutboxMail) => void;
}

/** The outbox, newest first; a row (or its subject, for the keyboard) opens the mail. */
export function OutboxTable({ mails, onOpen }: OutboxTableProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <HiddenCaption>{t('mail.outbox.caption')}</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('mail.outbox.columns.to')}</Table.Th>
            <Table.Th>{t('mail.outbox.columns.subject')}</Table.Th>
            <Table.Th>{t('mail.outbox.columns.kind')}</Table.Th>
            <Table.Th>{t('mail.outbox.columns.status')}</Table.Th>
            <Table.Th ta="right">{t('mail.outbox.columns.attempts')}</Table.Th>
            <Table.Th>{t('mail.outbox.columns.lastError')}</Table.Th>
            <Table.Th>{t('mail.outbox.columns.date')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mails.map((mail) => (
            <Table.Tr key={mail.id} onClick={() => onOpen(mail)} style={{ cursor: 'pointer' }}>
              <Table.Td maw={220}>
                <Stack gap={0}>
                  {mail.toName && (
                    <Text fz="sm" fw={500} truncate>
                      {mail.toName}
                    </Text>
                  )}
                  <Text fz="xs" c="dimmed" truncate>
                    {mail.toEmail}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td maw={340}>
                <UnstyledButton
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(mail);
                  }}
                  fz="sm"
                  fw={500}
                  c="var(--mantine-color-anchor)"
                  style={{ textAlign: 'start', overflowWrap: 'anywhere' }}
                  aria-haspopup="dialog"
                >
                  {mail.subject}
                </UnstyledButton>
                {mail.ticket && (
                  <Text fz="xs" c="dimmed">
                    <Anchor
                      component={Link}
                      to={`/tickets/${mail.ticket.id}`}
                      fz="xs"
                      c="dimmed"
                      onClick={(event) => event.stopPropagation()}
                    >
                      {t('mail.outbox.ticketLink', { number: mail.ticket.number })}
                    </Anchor>
                  </Text>
                )}
              </Table.Td>
              <Table.Td fz="sm">{mailKindLabel(t, mail.kind)}</Table.Td>
              <Table.Td>
                <OutboxStatusBadge status={mail.status} />
              </Table.Td>
              <Table.Td ta="right">{mail.attempts}</Table.Td>
              <Table.Td maw={240}>
                {mail.lastError ? (
                  <Text fz="xs" c="red.8" lineClamp={2} title={mail.lastError}>
                    {mail.lastError}
                  </Text>
                ) : (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {dateTime(mail.createdAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
