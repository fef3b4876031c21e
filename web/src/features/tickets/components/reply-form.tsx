import type { Attachment, Ticket } from '@guichet/contract/tickets';
import { Button, Group, Stack, Switch, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/notify';
import { showFormError } from '../../../components/form-error';
import { useCreateMessage } from '../api/create-message';
import { AttachmentUploader } from './attachment-uploader';

const MAX_BODY = 20_000;

/** « Votre réponse », with for staff the « Note interne » switch, and files. */
export function ReplyForm({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const send = useCreateMessage(ticket.id);
  const [uploading, setUploading] = useState(false);
  const form = useForm({
    initialValues: { body: '', internal: false, attachments: [] as Attachment[] },
    validate: {
      body: (value) =>
        value.trim() === ''
          ? t('validation.required')
          : value.length > MAX_BODY
            ? t('validation.maxLength', { count: MAX_BODY })
            : null,
    },
  });

  const submit = form.onSubmit((values) => {
    const internal = ticket.can.internalNote && values.internal;
    // mutateAsync: the outcome is reported even if the refreshed ticket no longer offers a reply.
    send
      .mutateAsync({
        body: values.body.trim(),
        internal,
        attachmentIds: values.attachments.map((a) => a.id),
      })
      .then(
        () => {
          notifySuccess(internal ? t('tickets.reply.noteSent') : t('tickets.reply.sent'));
          form.reset();
        },
        (error: unknown) => showFormError(form, error),
      );
  });

  const internal = ticket.can.internalNote && form.values.internal;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="reply-title">
      <Stack gap="sm">
        <Title order={3} fz="h4" id="reply-title">
          {t('tickets.reply.title')}
        </Title>
        <Textarea
          label={t('tickets.reply.body')}
          description={t('tickets.reply.markdownHelp')}
          autosize
          minRows={4}
          maxRows={16}
          required
          styles={internal ? { input: { background: 'var(--mantine-color-yellow-0)' } } : undefined}
          {...form.getInputProps('body')}
        />
        {ticket.can.internalNote && (
          <Switch
            label={t('tickets.reply.internal')}
            color="yellow"
            {...form.getInputProps('internal', { type: 'checkbox' })}
          />
        )}
        <AttachmentUploader
          value={form.values.attachments}
          onChange={(attachments) => form.setFieldValue('attachments', attachments)}
          onUploadingChange={setUploading}
          disabled={send.isPending}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconSend size={16} aria-hidden />}
            loading={send.isPending}
            disabled={uploading}
            color={internal ? 'yellow' : undefined}
          >
            {t('tickets.reply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
