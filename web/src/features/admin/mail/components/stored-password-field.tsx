import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../../components/password-field';

interface StoredPasswordFieldProps {
  label: string;
  /** A password is stored on the server (never shown, never sent back). */
  passwordSet: boolean;
  value: string;
  onChange: (value: string) => void;
  remove: boolean;
  onRemoveChange: (remove: boolean) => void;
  /** The server has no MAIL_SECRET_KEY: no password can be typed. */
  cannotStore: boolean;
  readOnly?: boolean;
  error?: string;
}

/**
 * A mail server's password: « enregistré » when one is stored, sent only when a new one is typed;
 * « Supprimer le mot de passe enregistré » removes it.
 */
export function StoredPasswordField({
  label,
  passwordSet,
  value,
  onChange,
  remove,
  onRemoveChange,
  cannotStore,
  readOnly,
  error,
}: StoredPasswordFieldProps) {
  const { t } = useTranslation();
  const description = cannotStore
    ? t('mail.settings.passwordCannotStore')
    : passwordSet
      ? t('mail.settings.passwordSetHelp')
      : t('mail.settings.passwordHelp');
  return (
    <Stack gap={6}>
      <PasswordField
        label={label}
        description={description}
        // The help under the field, so that the field lines up with the one beside it.
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        placeholder={passwordSet ? t('mail.settings.passwordSet') : undefined}
        autoComplete="new-password"
        value={remove ? '' : value}
        onChange={(event) => onChange(event.currentTarget.value)}
        disabled={cannotStore || remove}
        readOnly={readOnly}
        error={error}
      />
      {passwordSet && !readOnly && (
        <Checkbox
          size="xs"
          label={t('mail.settings.removePassword')}
          checked={remove}
          onChange={(event) => onRemoveChange(event.currentTarget.checked)}
        />
      )}
    </Stack>
  );
}
