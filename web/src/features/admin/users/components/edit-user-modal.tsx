import type { StaffRole, User } from '@guichet/contract/users';
import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../../components/form-error';
import { notifySuccess } from '../../../../components/notify';
import { all, validators } from '../../../../lib/validators';
import { useUpdateUser } from '../api/update-user';

/** Rename a staff user or change their role. */
export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const v = validators(t);
  const update = useUpdateUser();
  const form = useForm<{ name: string; role: StaffRole }>({
    initialValues: { name: user.name, role: user.role === 'admin' ? 'admin' : 'agent' },
    validate: { name: all(v.required, v.maxLength(120)) },
  });

  const submit = form.onSubmit((values) =>
    update.mutate(
      { id: user.id, body: { name: values.name.trim(), role: values.role } },
      {
        onSuccess: (saved) => {
          notifySuccess(t('users.updated', { name: saved.name }));
          onClose();
        },
        onError: (error) => showFormError(form, error),
      },
    ),
  );

  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { name: user.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('users.fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <Radio.Group label={t('users.fields.role')} required {...form.getInputProps('role')}>
            <Group mt="xs">
              <Radio value="agent" label={t('roles.agent')} />
              <Radio value="admin" label={t('roles.admin')} />
            </Group>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
