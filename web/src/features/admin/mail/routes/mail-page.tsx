import { Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconInbox, IconSend, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../../components/error-alert';
import { usePageTitle } from '../../../../lib/use-page-title';
import { useMailSettings } from '../api/get-mail-settings';
import { InboundTab } from '../components/inbound-tab';
import { MailSettingsForm } from '../components/mail-settings-form';
import { OutboxTab } from '../components/outbox-tab';

const TABS = ['outbox', 'inbound', 'settings'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => (TABS as readonly (string | null)[]).includes(value);

/** Administration → Courriels: « Envoyés » (the outbox), « Reçus » (and the quarantine), « Réglages ». The tab is in the URL. */
export function MailPage() {
  const { t } = useTranslation();
  usePageTitle(t('mail.admin.title'));
  const [params, setParams] = useSearchParams();
  const tab: Tab = isTab(params.get('tab')) ? (params.get('tab') as Tab) : 'outbox';
  const show = (value: string | null) => {
    if (!isTab(value)) return;
    setParams(value === 'outbox' ? {} : { tab: value }, { replace: true });
  };

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{t('mail.admin.title')}</Title>
        <Text c="dimmed" fz="sm">
          {t('mail.admin.intro')}
        </Text>
      </Stack>
      <Tabs value={tab} onChange={show} variant="pills" keepMounted={false}>
        <Tabs.List aria-label={t('mail.admin.sections')}>
          <Tabs.Tab value="outbox" leftSection={<IconSend size={16} aria-hidden />}>
            {t('mail.admin.tabs.outbox')}
          </Tabs.Tab>
          <Tabs.Tab value="inbound" leftSection={<IconInbox size={16} aria-hidden />}>
            {t('mail.admin.tabs.inbound')}
          </Tabs.Tab>
          <Tabs.Tab value="settings" leftSection={<IconSettings size={16} aria-hidden />}>
            {t('mail.admin.tabs.settings')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="outbox" pt="md">
          <OutboxTab onOpenSettings={() => show('settings')} />
        </Tabs.Panel>
        <Tabs.Panel value="inbound" pt="md">
          <InboundTab />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <SettingsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function SettingsPanel() {
  const settings = useMailSettings();
  if (settings.isPending) {
    return (
      <Stack gap="sm" aria-busy maw={760}>
        <Skeleton height={120} />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  return <MailSettingsForm settings={settings.data} />;
}
