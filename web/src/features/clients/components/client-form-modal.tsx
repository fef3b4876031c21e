import type { Client, CreateClientBody } from '@guichet/contract/clients';
import { Button, Fieldset, Group, Modal, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../components/form-error';
import { notifySuccess } from '../../../components/notify';
import { all, orNull, validators } from '../../../lib/validators';
import { useCreateClient } from '../api/create-client';
import { useUpdateClient } from '../api/update-client';

interface ClientFormValues {
  name: string;
  externalRef: string;
  companyId: string;
  email: string;
  phone: string;
  address: { line1: string; line2: string; postalCode: string; city: string; country: string };
  notes: string;
  active: boolean;
}

function valuesOf(client?: Client): ClientFormValues {
  return {
    name: client?.name ?? '',
    externalRef: client?.externalRef ?? '',
    companyId: client?.companyId ?? '',
    email: client?.email ?? '',
    phone: client?.phone ?? '',
    address: {
      line1: client?.address.line1 ?? '',
      line2: client?.address.line2 ?? '',
      postalCode: client?.address.postalCode ?? '',
      city: client?.address.city ?? '',
      country: client?.address.country ?? '',
    },
    notes: client?.notes ?? '',
    active: client?.active ?? true,
  };
}

function bodyOf(values: ClientFormValues): CreateClientBody {
  return {
    name: values.name.trim(),
    externalRef: orNull(values.externalRef),
    companyId: orNull(values.companyId),
    email: orNull(values.email),
    phone: orNull(values.phone),
    address: {
      line1: orNull(values.address.line1),
      line2: orNull(values.address.line2),
      postalCode: orNull(values.address.postalCode),
      city: orNull(values.address.city),
      country: orNull(values.address.country),
    },
    notes: orNull(values.notes),
    active: values.active,
  };
}

interface ClientFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Edit this client; without it the modal creates one. */
  client?: Client;
  onSaved?: (client: Client) => void;
}

/** Create or edit a client (admin). The form is mounted afresh each time the modal opens. */
export function ClientFormModal({ opened, onClose, client, onSaved }: ClientFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(client ? 'clients.form.editTitle' : 'clients.form.createTitle')}
      size="lg"
    >
      <ClientForm
        client={client}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose();
          onSaved?.(saved);
        }}
      />
    </Modal>
  );
}

interface ClientFormProps {
  client?: Client;
  onCancel: () => void;
  onSaved: (client: Client) => void;
}

/** The client's fields; server field errors land under their fields. */
function ClientForm({ client, onCancel, onSaved }: ClientFormProps) {
  const { t } = useTranslation();
  const v = validators(t);
  const create = useCreateClient();
  const update = useUpdateClient(client?.id ?? '');

  const form = useForm<ClientFormValues>({
    initialValues: valuesOf(client),
    // The contract's limits, so that the user learns them before the server does.
    validate: {
      name: all(v.required, v.maxLength(200)),
      externalRef: v.externalRef,
      companyId: v.maxLength(40),
      email: v.optionalEmail,
      phone: v.maxLength(40),
      address: {
        line1: v.maxLength(200),
        line2: v.maxLength(200),
        postalCode: v.maxLength(20),
        city: v.maxLength(100),
        country: v.maxLength(100),
      },
      notes: v.maxLength(5000),
    },
  });

  const submit = form.onSubmit((values) => {
    const handlers = {
      onSuccess: (saved: Client) => {
        notifySuccess(t(client ? 'clients.updated' : 'clients.created', { name: saved.name }));
        onSaved(saved);
      },
      onError: (error: unknown) => showFormError(form, error, { external_ref_taken: 'externalRef' }),
    };
    if (client) update.mutate(bodyOf(values), handlers);
    else create.mutate(bodyOf(values), handlers);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('clients.fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('clients.fields.externalRef')}
            description={t('clients.form.externalRefHelp')}
            {...form.getInputProps('externalRef')}
          />
          <TextInput label={t('clients.fields.companyId')} {...form.getInputProps('companyId')} />
          <TextInput label={t('clients.fields.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('clients.fields.phone')} type="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Fieldset legend={t('clients.form.addressLegend')}>
          <Stack gap="sm">
            <TextInput label={t('clients.fields.addressLine1')} {...form.getInputProps('address.line1')} />
            <TextInput label={t('clients.fields.addressLine2')} {...form.getInputProps('address.line2')} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('clients.fields.postalCode')} {...form.getInputProps('address.postalCode')} />
              <TextInput label={t('clients.fields.city')} {...form.getInputProps('address.city')} />
              <TextInput label={t('clients.fields.country')} {...form.getInputProps('address.country')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Textarea label={t('clients.fields.notes')} autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
        <Switch label={t('clients.fields.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {client ? t('common.save') : t('clients.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
