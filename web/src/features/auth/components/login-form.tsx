import type { Me } from '@guichet/contract/auth';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/password-field';
import { isApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/error-message';
import { useLogin } from '../api/login';

interface LoginFormProps {
  onSignedIn: (me: Me) => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: isEmail(t('validation.email')),
      password: isNotEmpty(t('validation.required')),
    },
  });

  const submit = form.onSubmit((values) => {
    login.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: onSignedIn });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {login.isError && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {isApiError(login.error) && login.error.status === 429
              ? t('errors.tooManyAttempts')
              : errorMessage(t, login.error)}
          </Alert>
        )}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          data-autofocus
          {...form.getInputProps('email')}
        />
        <PasswordField
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
