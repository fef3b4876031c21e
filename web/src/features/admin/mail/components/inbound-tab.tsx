import { InboundStatus, type InboundMail } from '@guichet/contract/mail';
import { Chip, Fieldset, Group, Skeleton, Stack } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { CursorPagination } from '../../../../components/cursor-pagination';
import { EmptyState } from '../../../../components/empty-state';
import { ErrorAlert } from '../../../../components/error-alert';
import { InboundOriginalModal } from '../../../../components/inbound-original-modal';
import { notifyError, notifySuccess } from '../../../../components/notify';
import { useCursorPages } from '../../../../lib/use-cursor-pages';
import { useActOnInbound } from '../api/act-on-inbound';
import { useInbound } from '../api/list-inbound';
import { AcceptContactModal } from './accept-contact-modal';
import { AttachTicketModal } from './attach-ticket-modal';
import { InboundTable, type InboundAction } from './inbound-table';

const PAGE_SIZE = 50;
/** Quarantine first: it is what waits for an admin. */
const FILTERS = ['quarantined', 'ticket', 'reply', 'failed', 'deleted', 'all'] as const satisfies readonly (InboundStatus | 'all')[];
type Filter = (typeof FILTERS)[number];

/** « Reçus »: mails received, the quarantine by default, with what an admin does with a quarantined one. */
export function InboundTab() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Filter>('quarantined');
  const pages = useCursorPages(status);
  const inbound = useInbound({ status: status === 'all' ? undefined : status, limit: PAGE_SIZE, cursor: pages.cursor });
  const act = useActOnInbound();
  const [pending, setPending] = useState<{ action: InboundAction; mail: InboundMail } | null>(null);
  const close = () => setPending(null);

  const remove = (mail: InboundMail) =>
    act.mutate(
      { id: mail.id, body: { action: 'delete' } },
      {
        onSuccess: () => {
          notifySuccess(t('mail.inbound.deleted'));
          close();
        },
        onError: notifyError,
      },
    );

  return (
    <Stack gap="md">
      <Fieldset legend={t('mail.inbound.statusFilter')} variant="unstyled">
        <Chip.Group value={status} onChange={(value) => setStatus(value as Filter)}>
          <Group gap="xs">
            {FILTERS.map((s) => (
              <Chip key={s} value={s} size="sm">
                {s === 'all' ? t('mail.all') : t(`mail.inbound.status.${s}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Fieldset>

      {inbound.isPending ? (
        <Stack gap="xs" aria-busy>
          <Skeleton height={36} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : inbound.isError ? (
        <ErrorAlert error={inbound.error} onRetry={() => void inbound.refetch()} />
      ) : inbound.data.items.length === 0 ? (
        <EmptyState
          icon={<IconInbox size={32} />}
          title={status === 'quarantined' ? t('mail.inbound.emptyQuarantine') : t('mail.inbound.empty')}
          description={status === 'quarantined' ? t('mail.inbound.emptyQuarantineHelp') : undefined}
          order={3}
        />
      ) : (
        <>
          <InboundTable mails={inbound.data.items} onAction={(action, mail) => setPending({ action, mail })} />
          <CursorPagination
            hasPrevious={pages.hasPrevious}
            hasNext={inbound.data.nextCursor !== null}
            onPrevious={pages.previous}
            onNext={() => inbound.data.nextCursor && pages.next(inbound.data.nextCursor)}
            disabled={inbound.isPlaceholderData}
          />
        </>
      )}

      <InboundOriginalModal inboundMailId={pending?.action === 'original' ? pending.mail.id : null} onClose={close} />
      {pending?.action === 'accept' && <AcceptContactModal mail={pending.mail} onClose={close} />}
      {pending?.action === 'attach' && <AttachTicketModal mail={pending.mail} onClose={close} />}
      {pending?.action === 'delete' && (
        <ConfirmModal
          opened
          title={t('mail.inbound.deleteTitle')}
          message={t('mail.inbound.deleteMessage', {
            sender: pending.mail.fromEmail ?? t('mail.original.unknownSender'),
            subject: pending.mail.subject ?? t('mail.original.noSubject'),
          })}
          confirmLabel={t('mail.inbound.delete')}
          onConfirm={() => remove(pending.mail)}
          onClose={close}
          loading={act.isPending}
        />
      )}
    </Stack>
  );
}
