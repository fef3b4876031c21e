import type { Attachment, Priority, Ticket } from '@guichet/contract/tickets';
import { Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTicket } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../components/form-error';
import { useCreateTicket } from '../api/create-ticket';
import { AttachmentUploader } from './attachment-uploader';
import { defaultRequester, RequesterFields, type RequesterChoices } from './requester-fields';
import { PRIORITIES } from './ticket-enums';

const MAX_SUBJECT = 200;
const MAX_DESCRIPTION = 20_000;

interface NewTicketFormProps {
  /** Staff open a ticket for this client; a contact's ticket is always for their own client. */
  clientId?: string;
  /** Staff: the client's contacts, for « Demandeur » and « En copie ». */
  requesterChoices?: RequesterChoices;
  onCreated: (ticket: Ticket) => void;
  onCancel?: () => void;
}

/**
 * Requester and people in copy (staff), sujet, description, priority (Normale by default) and
 * files → `POST /api/tickets`.
 */
export function NewTicketForm({ clientId, requesterChoices, onCreated, onCancel }: NewTicketFormProps) {
  const { t } = useTranslation();
  const create = useCreateTicket();
  const [uploading, setUploading] = useState(false);
  const form = useForm({
    initialValues: {
      requesterContactId: null as string | null,
      ccContactIds: [] as string[],
      subject: '',
      description: '',
      priority: 'normal' as Priority,
      attachments: [] as Attachment[],
    },
    validate: {
      requesterContactId: (value) =>
        !value && (requesterChoices?.contacts?.length ?? 0) > 0 ? t('tickets.form.requesterRequired') : null,
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

  // The requester starts as the client's main contact, once the contacts are known.
  const contacts = requesterChoices?.contacts;
  const defaulted = useRef(false);
  useEffect(() => {
    if (!contacts || defaulted.current) return;
    defaulted.current = true;
    form.setFieldValue('requesterContactId', defaultRequester(contacts));
  }, [contacts]);
  const withPeople = Boolean(contacts && contacts.length > 0);

  const submit = form.onSubmit((values) =>
    create.mutate(
      {
        ...(clientId ? { clientId } : {}),
        ...(withPeople && values.requesterContactId
          ? { requesterContactId: values.requesterContactId, ccContactIds: values.ccContactIds }
          : {}),
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
        {requesterChoices && (
          <RequesterFields
            choices={requesterChoices}
            requester={form.values.requesterContactId}
            cc={form.values.ccContactIds}
            onRequesterChange={(id) => form.setFieldValue('requesterContactId', id)}
            onCcChange={(ids) => form.setFieldValue('ccContactIds', ids)}
            requesterError={form.errors.requesterContactId as string | undefined}
            ccError={form.errors.ccContactIds as string | undefined}
            disabled={create.isPending}
          />
        )}
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
