import type { Attachment, Ticket } from '@guichet/contract/tickets';
import { Button, Group, NumberInput, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconSend } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess, notifyWarning } from '../../../components/notify';
import { showFormError } from '../../../components/form-error';
import { isStaff, useCurrentUser } from '../../../lib/auth';
import { useCreateMessage } from '../api/create-message';
import { fetchFreshTicket } from '../api/get-ticket';
import { useUpdateTicket } from '../api/update-ticket';
import { AttachmentUploader } from './attachment-uploader';
import { useTicketError } from './use-ticket-error';

const MAX_BODY = 20_000;

interface ReplyValues {
  body: string;
  internal: boolean;
  attachments: Attachment[];
  /** Staff: minutes logged for today with the reply; '' = none. */
  timeSpent: number | string;
}

/**
 * « Votre réponse », with for staff the « Note interne » switch, files, and « Envoyer et marquer
 * comme résolu » when the ticket may be resolved after the reply.
 */
export function ReplyForm({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const staff = isStaff(useCurrentUser());
  const queryClient = useQueryClient();
  const send = useCreateMessage(ticket.id);
  const update = useUpdateTicket(ticket.id);
  const onTicketError = useTicketError(ticket.id);
  const [uploading, setUploading] = useState(false);
  const [resolving, setResolving] = useState(false);
  const form = useForm<ReplyValues>({
    initialValues: { body: '', internal: false, attachments: [], timeSpent: '' },
    validate: {
      body: (value) =>
        value.trim() === ''
          ? t('validation.required')
          : value.length > MAX_BODY
            ? t('validation.maxLength', { count: MAX_BODY })
            : null,
      timeSpent: (value) => {
        if (value === '') return null;
        const n = Number(value);
        return Number.isInteger(n) && n >= 1 && n <= 1440 ? null : t('tickets.reply.timeSpentInvalid');
      },
    },
  });

  const internal = ticket.can.internalNote && form.values.internal;
  // A staff reply on an open ticket starts it (open → in progress), after which it may be resolved.
  const canResolveAfter =
    staff && !internal && (ticket.allowedTransitions.includes('resolved') || ticket.status === 'open');

  const submit = (values: ReplyValues, resolve: boolean) => {
    const asNote = ticket.can.internalNote && values.internal;
    if (resolve) setResolving(true);
    // mutateAsync: the outcome is reported even if the refreshed ticket no longer offers a reply.
    send
      .mutateAsync({
        body: values.body.trim(),
        internal: asNote,
        attachmentIds: values.attachments.map((a) => a.id),
        ...(staff && values.timeSpent !== '' ? { timeSpentMinutes: Number(values.timeSpent) } : {}),
      })
      .then(
        async () => {
          form.reset();
          if (!resolve) {
            notifySuccess(asNote ? t('tickets.reply.noteSent') : t('tickets.reply.sent'));
            return;
          }
          // The reply may have moved the ticket (open → in progress): resolve the version it has now.
          try {
            const fresh = await fetchFreshTicket(queryClient, ticket.id);
            if (!fresh.allowedTransitions.includes('resolved')) {
              notifySuccess(t('tickets.reply.sent'));
              notifyWarning(t('tickets.errors.illegalTransition'));
              return;
            }
            await update.mutateAsync({ version: fresh.version, status: 'resolved' });
            notifySuccess(t('tickets.reply.sentAndResolved'));
          } catch (error) {
            notifySuccess(t('tickets.reply.sent'));
            onTicketError(error);
          }
        },
        (error: unknown) => showFormError(form, error),
      )
      .finally(() => setResolving(false));
  };

  const busy = send.isPending || resolving;

  return (
    <form onSubmit={form.onSubmit((values) => submit(values, false))} noValidate aria-labelledby="reply-title">
      <Stack gap="sm">
        <Title order={3} fz="h4" id="reply-title">
          {t('tickets.reply.title')}
        </Title>
        {ticket.can.internalNote && (
          <Switch
            label={t('tickets.reply.internal')}
            color="yellow"
            {...form.getInputProps('internal', { type: 'checkbox' })}
          />
        )}
        <Textarea
          label={t('tickets.reply.body')}
          description={
            internal ? (
              <>
                <Text span fz="inherit" fw={600} c="yellow.9">
                  {t('tickets.reply.internalHelp')}
                </Text>
                {' · '}
                {t('tickets.reply.markdownHelp')}
              </>
            ) : (
              t('tickets.reply.markdownHelp')
            )
          }
          autosize
          minRows={4}
          maxRows={16}
          required
          styles={
            internal
              ? { input: { background: 'var(--mantine-color-yellow-0)', borderColor: 'var(--mantine-color-yellow-5)' } }
              : undefined
          }
          {...form.getInputProps('body')}
        />
        <AttachmentUploader
          value={form.values.attachments}
          onChange={(attachments) => form.setFieldValue('attachments', attachments)}
          onUploadingChange={setUploading}
          disabled={busy}
        />
        {staff && (
          <NumberInput
            label={t('tickets.reply.timeSpent')}
            description={t('tickets.reply.timeSpentHelp')}
            min={1}
            max={1440}
            allowDecimal={false}
            allowNegative={false}
            maw={260}
            {...form.getInputProps('timeSpent')}
          />
        )}
        <Group justify="flex-end" gap="sm">
          {canResolveAfter && (
            <Button
              type="button"
              variant="light"
              color="green"
              leftSection={<IconCheck size={16} aria-hidden />}
              loading={resolving}
              disabled={uploading || (busy && !resolving)}
              onClick={() => form.onSubmit((values) => submit(values, true))()}
            >
              {t('tickets.reply.submitAndResolve')}
            </Button>
          )}
          <Button
            type="submit"
            leftSection={<IconSend size={16} aria-hidden />}
            loading={send.isPending && !resolving}
            disabled={uploading || resolving}
            color={internal ? 'yellow' : undefined}
          >
            {t('tickets.reply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
