import type { Ticket } from '@guichet/contract/tickets';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/notify';
import { useUpdateTicket } from '../api/update-ticket';
import { isPriority, PRIORITIES } from './ticket-enums';
import { useTicketError } from './use-ticket-error';

/** « Priorité » select, for staff allowed to change it (`can.changePriority`). */
export function PriorityControl({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const update = useUpdateTicket(ticket.id);
  const onError = useTicketError(ticket.id);

  return (
    <Select
      label={t('tickets.detail.priority')}
      value={ticket.priority}
      allowDeselect={false}
      disabled={update.isPending}
      data={PRIORITIES.map((p) => ({ value: p, label: t(`tickets.priority.${p}`) }))}
      onChange={(value) => {
        if (!isPriority(value) || value === ticket.priority) return;
        update.mutate(
          { version: ticket.version, priority: value },
          {
            onSuccess: (updated) =>
              notifySuccess(t('tickets.detail.priorityChanged', { priority: t(`tickets.priority.${updated.priority}`) })),
            onError,
          },
        );
      }}
      w={{ base: '100%', sm: 200 }}
    />
  );
}
