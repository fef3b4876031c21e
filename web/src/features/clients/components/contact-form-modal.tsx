import type { Contact } from '@guichet/contract/clients';
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../components/form-error';
import { notifySuccess } from '../../../components/notify';
import { PasswordField } from '../../../components/password-field';
import { all, orNull, validators } from '../../../lib/validators';
import { useCreateContact } from '../api/create-contact';
import { useUpdateContact } from '../api/update-contact';

interface ContactFormModalProps {
  clientId: string;
  opened: boolean;
  onClose: () => void;
  /** Edit this contact; without it the modal adds one (optionally with a portal login). */
  contact?: Contact;
}

export function ContactFormModal({ clientId, opened, onClose, contact }: ContactFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t(contact ? 'contacts.editTitle' : 'contacts.addTitle')} size="lg">
      <ContactForm clientId={clientId} contact={contact} onDone={onClose} />
    </Modal>
  );
}

interface ContactFormValues {
  name: string;
  email: string;
  phone: string;
  jobTitle: string;
  portalAccess: boolean;
  portalPassword: string;
  locale: 'fr' | 'en';
}

function ContactForm({ clientId, contact, onDone }: { clientId: string; contact?: Contact; onDone: () => void }) {
  const { t } = useTranslation();
  const v = validators(t);
  const create = useCreateContact(clientId);
  const update = useUpdateContact(clientId);

  const form = useForm<ContactFormValues>({
    initialValues: {
      name: contact?.name ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      jobTitle: contact?.jobTitle ?? '',
      portalAccess: false,
      portalPassword: '',
      locale: contact?.locale ?? 'fr',
    },
    validate: {
      name: all(v.required, v.maxLength(120)),
      email: v.email,
      phone: v.maxLength(40),
      jobTitle: v.maxLength(120),
      portalPassword: (value, values) => (values.portalAccess ? v.password(value) : null),
    },
  });

  const submit = form.onSubmit((values) => {
    const fields = {
      name: values.name.trim(),
      email: values.email.trim(),
      phone: orNull(values.phone),
      jobTitle: orNull(values.jobTitle),
    };
    const handlers = {
      onSuccess: (saved: Contact) => {
        notifySuccess(t(contact ? 'contacts.updated' : 'contacts.added', { name: saved.name }));
        onDone();
      },
      onError: (error: unknown) => showFormError(form, error, { email_taken: 'email' }),
    };
    if (contact) {
      update.mutate({ contactId: contact.id, body: { ...fields, locale: values.locale } }, handlers);
    } else {
      create.mutate({ ...fields, portalPassword: values.portalAccess ? values.portalPassword : undefined }, handlers);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('contacts.fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <TextInput label={t('contacts.fields.email')} type="email" required {...form.getInputProps('email')} />
          <TextInput label={t('contacts.fields.phone')} type="tel" {...form.getInputProps('phone')} />
          <TextInput label={t('contacts.fields.jobTitle')} {...form.getInputProps('jobTitle')} />
          {contact && (
            <NativeSelect
              label={t('contacts.fields.locale')}
              description={t('contacts.localeHelp')}
              data={[
                { value: 'fr', label: t('languages.fr') },
                { value: 'en', label: t('languages.en') },
              ]}
              {...form.getInputProps('locale')}
            />
          )}
        </SimpleGrid>
        {!contact && (
          <>
            <Switch
              label={t('contacts.fields.portalAccess')}
              description={t('contacts.portalAccessHelp')}
              {...form.getInputProps('portalAccess', { type: 'checkbox' })}
            />
            {form.values.portalAccess && (
              <PasswordField
                label={t('contacts.fields.portalPassword')}
                description={t('contacts.portalPasswordHelp')}
                autoComplete="new-password"
                required
                {...form.getInputProps('portalPassword')}
              />
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {contact ? t('common.save') : t('contacts.submitAdd')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
