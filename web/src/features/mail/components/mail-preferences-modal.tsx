import { Button, Group, Modal, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useMyMailPreferences } from '../api/get-my-mail-preferences';
import { useUpdateMyMailPreferences } from '../api/update-my-mail-preferences';
import { MailPreferenceFields } from './mail-preference-fields';
import { preferenceBody, preferenceValues, type PreferenceValues } from './preference-values';

interface MailPreferencesModalProps {
  opened: boolean;
  onClose: () => void;
}

/** « Préférences de courriel », from the user menu (staff and portal alike). */
export function MailPreferencesModal({ opened, onClose }: MailPreferencesModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('mail.preferences.title')}>
      {opened && <MyPreferences onDone={onClose} />}
    </Modal>
  );
}

function MyPreferences({ onDone }: { onDone: () => void }) {
  const preferences = useMyMailPreferences(true);
  if (preferences.isPending || preferences.isFetching) {
    return (
      <Stack gap="sm" aria-busy>
        <Skeleton height={24} />
        <Skeleton height={24} />
        <Skeleton height={24} />
      </Stack>
    );
  }
  if (preferences.isError) return <ErrorAlert error={preferences.error} onRetry={() => void preferences.refetch()} />;
  return <PreferencesForm initial={preferenceValues(preferences.data)} onDone={onDone} />;
}

function PreferencesForm({ initial, onDone }: { initial: PreferenceValues; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateMyMailPreferences();
  const [values, setValues] = useState(initial);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(preferenceBody(values), {
          onSuccess: () => {
            notifySuccess(t('mail.preferences.saved'));
            onDone();
          },
          onError: notifyError,
        });
      }}
    >
      <Stack gap="lg">
        <MailPreferenceFields values={values} onChange={setValues} disabled={update.isPending} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
