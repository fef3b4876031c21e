import { OutboxStatus } from '@guichet/contract/mail';
import { Alert, Button, Chip, Fieldset, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconMailOff, IconServerOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPagination } from '../../../../components/cursor-pagination';
import { EmptyState } from '../../../../components/empty-state';
import { ErrorAlert } from '../../../../components/error-alert';
import { useCursorPages } from '../../../../lib/use-cursor-pages';
import { useOutbox } from '../api/list-outbox';
import { OutboxMailDrawer } from './outbox-mail-drawer';
import { OutboxTable } from './outbox-table';

const PAGE_SIZE = 50;
const STATUSES = OutboxStatus.options;
type Filter = OutboxStatus | 'all';

/** « Envoyés »: the outbox with its counts per status, and a warning while no SMTP server is set. */
export function OutboxTab({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Filter>('all');
  const pages = useCursorPages(status);
  const outbox = useOutbox({ status: status === 'all' ? undefined : status, limit: PAGE_SIZE, cursor: pages.cursor });
  const [openId, setOpenId] = useState<string | null>(null);
  const counts = outbox.data?.counts;
  const total = counts ? STATUSES.reduce((sum, s) => sum + counts[s], 0) : undefined;
  const label = (text: string, count: number | undefined) =>
    count === undefined ? text : t('mail.filterCount', { label: text, count });

  return (
    <Stack gap="md">
      {outbox.data && !outbox.data.smtpConfigured && (
        <Alert color="orange" icon={<IconServerOff aria-hidden />} title={t('mail.outbox.noSmtpTitle')}>
          <Text fz="sm">{t('mail.outbox.noSmtp')}</Text>
          <Button variant="outline" color="orange" size="xs" mt="sm" onClick={onOpenSettings}>
            {t('mail.outbox.openSettings')}
          </Button>
        </Alert>
      )}

      <Fieldset legend={t('mail.outbox.statusFilter')} variant="unstyled">
        <Chip.Group value={status} onChange={(value) => setStatus(value as Filter)}>
          <Group gap="xs">
            <Chip value="all" size="sm">
              {label(t('mail.all'), total)}
            </Chip>
            {STATUSES.map((s) => (
              <Chip key={s} value={s} size="sm">
                {label(t(`mail.outbox.status.${s}`), counts?.[s])}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Fieldset>

      {outbox.isPending ? (
        <Stack gap="xs" aria-busy>
          <Skeleton height={36} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : outbox.isError ? (
        <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : outbox.data.items.length === 0 ? (
        <EmptyState
          icon={<IconMailOff size={32} />}
          title={status === 'all' ? t('mail.outbox.empty') : t('mail.outbox.emptyFiltered')}
          order={3}
        />
      ) : (
        <>
          <OutboxTable mails={outbox.data.items} onOpen={(mail) => setOpenId(mail.id)} />
          <CursorPagination
            hasPrevious={pages.hasPrevious}
            hasNext={outbox.data.nextCursor !== null}
            onPrevious={pages.previous}
            onNext={() => outbox.data.nextCursor && pages.next(outbox.data.nextCursor)}
            disabled={outbox.isPlaceholderData}
          />
        </>
      )}

      <OutboxMailDrawer mailId={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}
