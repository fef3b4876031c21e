import type { StaffRole } from '@guichet/contract/users';
import type { Locale } from '@guichet/contract/common';
import { Button, Group, Modal, NativeSelect, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../../components/form-error';
import { notifySuccess } from '../../../../components/notify';
import { PasswordField } from '../../../../components/password-field';
import { LOCALES } from '../../../../i18n/i18n';
import { all, validators } from '../../../../lib/validators';
import { useCreateUser } from '../api/create-user';

interface CreateUserValues {
  name: string;
  email: string;
  role: StaffRole;
  password: string;
  locale: Locale;
}

/** A new admin or agent, with an initial password the admin gives them. */
export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('users.createTitle')}>
      <CreateUserForm onDone={onClose} />
    </Modal>
  );
}

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const v = validators(t);
  const create = useCreateUser();
  const form = useForm<CreateUserValues>({
    initialValues: { name: '', email: '', role: 'agent', password: '', locale: 'fr' },
    validate: { name: all(v.required, v.maxLength(120)), email: v.email, password: v.password },
  });

  const submit = form.onSubmit((values) =>
    create.mutate(
      { ...values, name: values.name.trim(), email: values.email.trim() },
      {
        onSuccess: (user) => {
          notifySuccess(t('users.created', { name: user.name }));
          onDone();
        },
        onError: (error) => showFormError(form, error, { email_taken: 'email' }),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('users.fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('users.fields.email')} type="email" required {...form.getInputProps('email')} />
        <Radio.Group label={t('users.fields.role')} required {...form.getInputProps('role')}>
          <Group mt="xs">
            <Radio value="agent" label={t('roles.agent')} />
            <Radio value="admin" label={t('roles.admin')} />
          </Group>
        </Radio.Group>
        <PasswordField
          label={t('users.fields.password')}
          description={t('users.passwordHelp')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <NativeSelect
          label={t('users.fields.locale')}
          data={LOCALES.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
          {...form.getInputProps('locale')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
