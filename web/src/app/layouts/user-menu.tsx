import { Button, Menu, Text } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLanguage, IconLogout, IconMailCog, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@guichet/contract/common';
import { notifyWarning } from '../../components/notify';
import { useLogout } from '../../features/auth/api/logout';
import { useUpdateMe } from '../../features/auth/api/update-me';
import { MailPreferencesModal } from '../../features/mail/components/mail-preferences-modal';
import { LOCALES } from '../../i18n/i18n';
import { useCurrentUser } from '../../lib/auth';

/** Name, role, language switch, mail preferences and sign-out, in the header of both layouts. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const updateMe = useUpdateMe();
  const logout = useLogout();
  const [mailPreferences, setMailPreferences] = useState(false);

  const switchLanguage = (locale: Locale) => {
    if (locale === i18n.resolvedLanguage) return;
    void i18n.changeLanguage(locale);
    updateMe.mutate({ locale }, { onError: () => notifyWarning(t('userMenu.languageSaveFailed')) });
  };

  return (
    <>
      <Menu position="bottom-end" width={240} withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconUserCircle size={20} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={t('userMenu.label', { name: me.name })}
          >
            <Text component="span" fz="sm" fw={500} visibleFrom="xs" truncate maw={180}>
              {me.name}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text fz="sm" fw={600} c="var(--mantine-color-text)" truncate>
              {me.name}
            </Text>
            <Text fz="xs" c="dimmed" truncate>
              {me.email}
            </Text>
            <Text fz="xs" c="dimmed">
              {t(`roles.${me.role}`)}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Label>
            <IconLanguage size={12} aria-hidden /> {t('userMenu.language')}
          </Menu.Label>
          {LOCALES.map((locale) => (
            <Menu.Item
              key={locale}
              lang={locale}
              onClick={() => switchLanguage(locale)}
              rightSection={locale === i18n.resolvedLanguage ? <IconCheck size={14} aria-hidden /> : null}
              aria-current={locale === i18n.resolvedLanguage ? 'true' : undefined}
            >
              {t(`languages.${locale}`)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconMailCog size={16} aria-hidden />} onClick={() => setMailPreferences(true)}>
            {t('userMenu.mailPreferences')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => logout.mutate()}
          >
            {t('userMenu.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <MailPreferencesModal opened={mailPreferences} onClose={() => setMailPreferences(false)} />
    </>
  );
}
