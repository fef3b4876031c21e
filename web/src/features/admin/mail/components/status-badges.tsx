import type { InboundStatus, OutboxStatus } from '@guichet/contract/mail';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INBOUND_STATUS_COLORS, OUTBOX_STATUS_COLORS } from './mail-labels';

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={OUTBOX_STATUS_COLORS[status]} variant="light">
      {t(`mail.outbox.status.${status}`)}
    </Badge>
  );
}

export function InboundStatusBadge({ status }: { status: InboundStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={INBOUND_STATUS_COLORS[status]} variant={status === 'deleted' ? 'outline' : 'light'}>
      {t(`mail.inbound.status.${status}`)}
    </Badge>
  );
}
