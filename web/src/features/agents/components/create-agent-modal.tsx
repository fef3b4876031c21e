import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../components/form-error';
import { notifySuccess } from '../../../components/notify';
import { PasswordField } from '../../../components/password-field';
import { validators } from '../../../lib/validators';
import { useCreateAgent, type CreateAgentInput } from '../api/create-agent';
import { timeZoneOptions } from './time-zones';

/** « Nouvel agent »: name, e-mail, initial password, time zone. Hours and capacity are set afterwards. */
export function CreateAgentModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('agents.createTitle')}>
      <CreateAgentForm onDone={onClose} />
    </Modal>
  );
}

function CreateAgentForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const v = validators(t);
  const create = useCreateAgent();
  const form = useForm<CreateAgentInput>({
    initialValues: { name: '', email: '', password: '', timezone: 'Europe/Paris' },
    validate: { name: (value) => v.required(value) ?? v.maxLength(120)(value), email: v.email, password: v.password },
  });

  const submit = form.onSubmit((values) =>
    create.mutate(
      { ...values, name: values.name.trim(), email: values.email.trim() },
      {
        onSuccess: (agent) => {
          notifySuccess(t('agents.created', { name: agent.name }));
          onDone();
        },
        onError: (error) => showFormError(form, error, { email_taken: 'email' }),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('agents.fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label={t('agents.fields.email')}
          type="email"
          autoComplete="off"
          required
          {...form.getInputProps('email')}
        />
        <PasswordField
          label={t('agents.fields.password')}
          description={t('agents.passwordHelp')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <NativeSelect label={t('agents.fields.timezone')} data={timeZoneOptions()} {...form.getInputProps('timezone')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('agents.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
