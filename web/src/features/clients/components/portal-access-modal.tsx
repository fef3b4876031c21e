import type { Contact } from '@guichet/contract/clients';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../components/form-error';
import { notifySuccess } from '../../../components/notify';
import { PasswordField } from '../../../components/password-field';
import { validators } from '../../../lib/validators';
import { useSetPortalAccess } from '../api/set-portal-access';

interface PortalAccessModalProps {
  clientId: string;
  /** The contact to give a portal login to, or whose portal password to reset. */
  contact: Contact;
  onClose: () => void;
}

/** Give or reset a portal login: the admin chooses an initial password and tells the contact. */
export function PortalAccessModal({ clientId, contact, onClose }: PortalAccessModalProps) {
  const { t } = useTranslation();
  const reset = contact.portalAccess === 'active';
  return (
    <Modal opened onClose={onClose} title={t(reset ? 'contacts.resetTitle' : 'contacts.grantTitle', { name: contact.name })}>
      <PortalAccessForm clientId={clientId} contact={contact} reset={reset} onDone={onClose} />
    </Modal>
  );
}

function PortalAccessForm({
  clientId,
  contact,
  reset,
  onDone,
}: {
  clientId: string;
  contact: Contact;
  reset: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const v = validators(t);
  const setAccess = useSetPortalAccess(clientId);
  const form = useForm({ initialValues: { password: '' }, validate: { password: v.password } });

  const submit = form.onSubmit(({ password }) =>
    setAccess.mutate(
      { contactId: contact.id, body: { enabled: true, password } },
      {
        onSuccess: () => {
          notifySuccess(t(reset ? 'contacts.accessReset' : 'contacts.accessGranted', { name: contact.name }));
          onDone();
        },
        onError: (error) => showFormError(form, error),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordField
          label={t(reset ? 'contacts.fields.newPassword' : 'contacts.fields.portalPassword')}
          description={t('contacts.portalPasswordHelp')}
          autoComplete="new-password"
          required
          data-autofocus
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={setAccess.isPending}>
            {t(reset ? 'contacts.submitReset' : 'contacts.submitGrant')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
