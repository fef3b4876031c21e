import type { InboundMail } from '@guichet/contract/mail';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientSelect } from '../../../../components/client-select';
import { notifyError, notifySuccess } from '../../../../components/notify';
import { useActOnInbound } from '../api/act-on-inbound';

const MAX_NAME = 120;

/**
 * « Accepter comme contact d'un client »: the sender becomes a contact of the chosen client, and
 * the mail is taken in as theirs (a new ticket, or a reply).
 */
export function AcceptContactModal({ mail, onClose }: { mail: InboundMail; onClose: () => void }) {
  const { t } = useTranslation();
  const act = useActOnInbound();
  const [clientId, setClientId] = useState<string | undefined>(undefined);
  const [name, setName] = useState(mail.fromName ?? '');
  const [error, setError] = useState<string | undefined>(undefined);

  return (
    <Modal opened onClose={onClose} title={t('mail.inbound.acceptTitle')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!clientId) {
            setError(t('mail.inbound.clientRequired'));
            return;
          }
          const trimmed = name.trim().slice(0, MAX_NAME);
          act.mutate(
            { id: mail.id, body: { action: 'accept_contact', clientId, ...(trimmed ? { name: trimmed } : {}) } },
            {
              onSuccess: () => {
                notifySuccess(t('mail.inbound.accepted', { email: mail.fromEmail ?? '' }));
                onClose();
              },
              onError: notifyError,
            },
          );
        }}
      >
        <Stack gap="md">
          <Text fz="sm">{t('mail.inbound.acceptIntro', { email: mail.fromEmail ?? t('mail.original.unknownSender') })}</Text>
          <ClientSelect
            required
            label={t('mail.inbound.client')}
            placeholder={t('mail.inbound.clientPlaceholder')}
            value={clientId}
            onChange={(id) => {
              setClientId(id);
              setError(undefined);
            }}
            error={error}
          />
          <TextInput
            label={t('mail.inbound.contactName')}
            description={t('mail.inbound.contactNameHelp')}
            maxLength={MAX_NAME}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={act.isPending}>
              {t('mail.inbound.acceptSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
