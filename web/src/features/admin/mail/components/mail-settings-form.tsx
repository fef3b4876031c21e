import type { MailSettings } from '@guichet/contract/mail';
import { Alert, Button, Fieldset, Group, NumberInput, Radio, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../components/notify';
import { showFormError } from '../../../../components/form-error';
import { useDateFormat } from '../../../../lib/format';
import { useUpdateMailSettings } from '../api/update-mail-settings';
import { ConnectionTest } from './connection-test';
import { mailSettingsBody, mailSettingsValues, type MailSettingsValues } from './mail-settings-values';
import { StoredPasswordField } from './stored-password-field';

const HOST = /^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:.]+\]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NARROW = { wrapper: { maxWidth: 160 } };

/** « Défini par les variables d'environnement du serveur (SMTP_URL) » above a part the admin cannot change here. */
function EnvironmentNote({ variable }: { variable: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} mb="md">
      {t('mail.settings.fromEnvironment', { variable })}
    </Alert>
  );
}

/** « Réglages »: the sender, the SMTP server mails leave by, the mailbox mails come in by. */
export function MailSettingsForm({ settings }: { settings: MailSettings }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const update = useUpdateMailSettings();
  const env = settings.fromEnvironment;
  const cannotStore = !settings.canStorePasswords;

  const form = useForm<MailSettingsValues>({
    initialValues: mailSettingsValues(settings),
    validate: {
      fromAddress: (value) => (!value.trim() || EMAIL.test(value.trim()) ? null : t('validation.email')),
      fromName: (value) => (value.trim().length <= 100 ? null : t('validation.maxLength', { count: 100 })),
      smtp: {
        host: (value) => (!value.trim() || HOST.test(value.trim()) ? null : t('mail.settings.hostInvalid')),
        port: (value) => portError(value),
      },
      imap: {
        host: (value) => (!value.trim() || HOST.test(value.trim()) ? null : t('mail.settings.hostInvalid')),
        port: (value) => portError(value),
        folder: (value) => (value.trim() ? null : t('validation.required')),
      },
    },
  });
  function portError(value: number | string) {
    if (value === '') return null;
    const port = Number(value);
    return Number.isInteger(port) && port >= 1 && port <= 65535 ? null : t('mail.settings.portInvalid');
  }

  const submit = form.onSubmit((values) =>
    update.mutate(mailSettingsBody(values, env), {
      onSuccess: (saved) => {
        form.setInitialValues(mailSettingsValues(saved));
        form.setValues(mailSettingsValues(saved));
        form.resetDirty();
        notifySuccess(t('mail.settings.saved'));
      },
      onError: (error) => showFormError(form, error),
    }),
  );

  const dirty = form.isDirty();
  const { imap } = settings;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={760}>
        {cannotStore && (
          <Alert color="yellow" icon={<IconKey aria-hidden />} title={t('mail.settings.noSecretKeyTitle')}>
            {t('mail.settings.noSecretKey')}
          </Alert>
        )}

        <Fieldset legend={t('mail.settings.senderLegend')}>
          {env.from && <EnvironmentNote variable="MAIL_FROM" />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('mail.settings.fromAddress')}
              description={t('mail.settings.fromAddressHelp')}
              type="email"
              readOnly={env.from}
              {...form.getInputProps('fromAddress')}
            />
            <TextInput
              label={t('mail.settings.fromName')}
              description={t('mail.settings.fromNameHelp')}
              readOnly={env.from}
              maxLength={100}
              {...form.getInputProps('fromName')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('mail.settings.smtpLegend')}>
          {env.smtp && <EnvironmentNote variable="SMTP_URL" />}
          <Stack gap="md">
            <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
              <TextInput
                label={t('mail.settings.host')}
                placeholder="smtp.example.com"
                readOnly={env.smtp}
                miw={220}
                {...form.getInputProps('smtp.host')}
              />
              <NumberInput
                label={t('mail.settings.port')}
                placeholder="587"
                min={1}
                max={65535}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator={false}
                readOnly={env.smtp}
                styles={NARROW}
                maw={160}
                {...form.getInputProps('smtp.port')}
              />
            </Group>
            <Radio.Group label={t('mail.settings.security')} {...form.getInputProps('smtp.security')}>
              <Group gap="lg" mt={6}>
                {(['starttls', 'tls', 'none'] as const).map((security) => (
                  <Radio key={security} value={security} label={t(`mail.settings.securities.${security}`)} disabled={env.smtp} />
                ))}
              </Group>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('mail.settings.user')} autoComplete="off" readOnly={env.smtp} {...form.getInputProps('smtp.user')} />
              <StoredPasswordField
                label={t('mail.settings.password')}
                passwordSet={settings.smtp.passwordSet}
                value={form.values.smtp.password}
                onChange={(value) => form.setFieldValue('smtp.password', value)}
                remove={form.values.smtp.removePassword}
                onRemoveChange={(remove) => form.setFieldValue('smtp.removePassword', remove)}
                cannotStore={cannotStore}
                readOnly={env.smtp}
                error={form.errors['smtp.password'] as string | undefined}
              />
            </SimpleGrid>
            <ConnectionTest server="smtp" dirty={dirty} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('mail.settings.imapLegend')}>
          {env.imap && <EnvironmentNote variable="IMAP_URL" />}
          <Stack gap="md">
            <Switch
              label={t('mail.settings.imapEnabled')}
              description={t('mail.settings.imapEnabledHelp')}
              disabled={env.imap}
              {...form.getInputProps('imap.enabled', { type: 'checkbox' })}
            />
            <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
              <TextInput
                label={t('mail.settings.host')}
                placeholder="imap.example.com"
                readOnly={env.imap}
                miw={220}
                {...form.getInputProps('imap.host')}
              />
              <NumberInput
                label={t('mail.settings.port')}
                placeholder="993"
                min={1}
                max={65535}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator={false}
                readOnly={env.imap}
                styles={NARROW}
                maw={160}
                {...form.getInputProps('imap.port')}
              />
            </Group>
            <Switch label={t('mail.settings.imapTls')} disabled={env.imap} {...form.getInputProps('imap.tls', { type: 'checkbox' })} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('mail.settings.user')} autoComplete="off" readOnly={env.imap} {...form.getInputProps('imap.user')} />
              <StoredPasswordField
                label={t('mail.settings.password')}
                passwordSet={settings.imap.passwordSet}
                value={form.values.imap.password}
                onChange={(value) => form.setFieldValue('imap.password', value)}
                remove={form.values.imap.removePassword}
                onRemoveChange={(remove) => form.setFieldValue('imap.removePassword', remove)}
                cannotStore={cannotStore}
                readOnly={env.imap}
                error={form.errors['imap.password'] as string | undefined}
              />
              <TextInput
                label={t('mail.settings.folder')}
                description={t('mail.settings.folderHelp')}
                required
                readOnly={env.imap}
                {...form.getInputProps('imap.folder')}
              />
            </SimpleGrid>
            <Stack gap={2}>
              <Text fz="sm">
                {t('mail.settings.lastPoll')}{' '}
                {imap.lastPollAt ? dateTime(imap.lastPollAt) : t('common.never')}
              </Text>
              {imap.lastPollError && (
                <Text fz="sm" c="red.8" style={{ overflowWrap: 'anywhere' }}>
                  {t('mail.settings.lastPollError', { error: imap.lastPollError })}
                </Text>
              )}
            </Stack>
            <ConnectionTest server="imap" dirty={dirty} />
          </Stack>
        </Fieldset>

        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('mail.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
