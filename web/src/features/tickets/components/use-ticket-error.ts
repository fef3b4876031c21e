import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifyWarning } from '../../../components/notify';
import { isApiError } from '../../../lib/api';
import { ticketKeys } from '../api/query-keys';

/** Conflicts a change to a ticket may meet, and what to tell the user. */
const CONFLICTS = {
  stale_version: 'tickets.errors.stale',
  illegal_transition: 'tickets.errors.illegalTransition',
  no_agent_available: 'tickets.assign.noAgent',
  already_assigned: 'tickets.errors.alreadyAssigned',
  not_rateable: 'tickets.errors.notRateable',
} as const;

/**
 * The error handler of a ticket change: a known 409 is explained in French and the ticket is
 * reloaded (someone else changed it); anything else is a plain error notification.
 */
export function useTicketError(ticketId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error) && error.status === 409) {
        if (Object.hasOwn(CONFLICTS, error.code)) notifyWarning(t(CONFLICTS[error.code as keyof typeof CONFLICTS]));
        else notifyError(error);
        void queryClient.invalidateQueries({ queryKey: ticketKeys.ticket(ticketId) });
        return;
      }
      notifyError(error);
    },
    [queryClient, t, ticketId],
  );
}
