import type { User } from '@guichet/contract/users';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../../components/form-error';
import { notifySuccess } from '../../../../components/notify';
import { PasswordField } from '../../../../components/password-field';
import { validators } from '../../../../lib/validators';
import { useResetPassword } from '../api/reset-password';

/** The admin sets a new password for a staff user and tells them. */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const v = validators(t);
  const reset = useResetPassword();
  const form = useForm({ initialValues: { password: '' }, validate: { password: v.password } });

  const submit = form.onSubmit(({ password }) =>
    reset.mutate(
      { id: user.id, body: { password } },
      {
        onSuccess: () => {
          notifySuccess(t('users.resetDone', { name: user.name }));
          onClose();
        },
        onError: (error) => showFormError(form, error),
      },
    ),
  );

  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { name: user.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <PasswordField
            label={t('users.newPassword')}
            description={t('users.passwordHelp')}
            autoComplete="new-password"
            required
            data-autofocus
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('users.resetSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
