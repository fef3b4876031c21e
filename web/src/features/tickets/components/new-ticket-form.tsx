import type { Attachment, Priority, Ticket } from '@guichet/contract/tickets';
import { Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTicket } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../components/form-error';
import { useCreateTicket } from '../api/create-ticket';
import { AttachmentUploader } from './attachment-uploader';
import { PRIORITIES } from './ticket-enums';

const MAX_SUBJECT = 200;
const MAX_DESCRIPTION = 20_000;

interface NewTicketFormProps {
  /** Staff open a ticket for this client; a contact's ticket is always for their own client. */
  clientId?: string;
  onCreated: (ticket: Ticket) => void;
  onCancel?: () => void;
}

/** Sujet, description, priority (Normale by default) and files → `POST /api/tickets`. */
export function NewTicketForm({ clientId, onCreated, onCancel }: NewTicketFormProps) {
  const { t } = useTranslation();
  const create = useCreateTicket();
  const [uploading, setUploading] = useState(false);
  const form = useForm({
    initialValues: { subject: '', description: '', priority: 'normal' as Priority, attachments: [] as Attachment[] },
    validate: {
      subject: (value) =>
        value.trim() === ''
          ? t('validation.required')
          : value.trim().length > MAX_SUBJECT
            ? t('validation.maxLength', { count: MAX_SUBJECT })
            : null,
      description: (value) =>
        value.trim() === ''
          ? t('validation.required')
          : value.trim().length > MAX_DESCRIPTION
            ? t('validation.maxLength', { count: MAX_DESCRIPTION })
            : null,
    },
  });

  const submit = form.onSubmit((values) =>
    create.mutate(
      {
        ...(clientId ? { clientId } : {}),
        subject: values.subject.trim(),
        description: values.description.trim(),
        priority: values.priority,
        attachmentIds: values.attachments.map((a) => a.id),
      },
      { onSuccess: onCreated, onError: (error) => showFormError(form, error) },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('tickets.form.subject')}
          required
          maxLength={MAX_SUBJECT}
          data-autofocus
          {...form.getInputProps('subject')}
        />
        <Textarea
          label={t('tickets.form.description')}
          description={t('tickets.form.descriptionHelp')}
          required
          autosize
          minRows={6}
          maxRows={20}
          {...form.getInputProps('description')}
        />
        <Radio.Group label={t('tickets.form.priority')} {...form.getInputProps('priority')}>
          <Group gap="lg" mt={6}>
            {PRIORITIES.map((p) => (
              <Radio key={p} value={p} label={t(`tickets.priority.${p}`)} />
            ))}
          </Group>
        </Radio.Group>
        <AttachmentUploader
          value={form.values.attachments}
          onChange={(attachments) => form.setFieldValue('attachments', attachments)}
          onUploadingChange={setUploading}
          disabled={create.isPending}
        />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button
            type="submit"
            leftSection={<IconTicket size={16} aria-hidden />}
            loading={create.isPending}
            disabled={uploading}
          >
            {t('tickets.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
