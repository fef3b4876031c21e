import type { InboundMail } from '@guichet/contract/mail';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../../components/notify';
import { useActOnInbound } from '../api/act-on-inbound';
import { TicketPicker } from './ticket-picker';

/** « Rattacher à un ticket »: the mail becomes a message on the chosen ticket. */
export function AttachTicketModal({ mail, onClose }: { mail: InboundMail; onClose: () => void }) {
  const { t } = useTranslation();
  const act = useActOnInbound();
  const [ticketId, setTicketId] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);

  return (
    <Modal opened onClose={onClose} title={t('mail.inbound.attachTitle')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!ticketId) {
            setError(t('mail.inbound.ticketRequired'));
            return;
          }
          act.mutate(
            { id: mail.id, body: { action: 'attach', ticketId } },
            {
              onSuccess: (done) => {
                notifySuccess(done.ticket ? t('mail.inbound.attached', { number: done.ticket.number }) : t('mail.inbound.handled'));
                onClose();
              },
              onError: notifyError,
            },
          );
        }}
      >
        <Stack gap="md">
          <Text fz="sm">{t('mail.inbound.attachIntro')}</Text>
          <TicketPicker
            value={ticketId}
            onChange={(id) => {
              setTicketId(id);
              setError(undefined);
            }}
            error={error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={act.isPending}>
              {t('mail.inbound.attachSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
