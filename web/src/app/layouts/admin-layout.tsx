import { Stack, Tabs, Title } from '@mantine/core';
import { IconAdjustments, IconFileImport, IconHeadset, IconKey, IconMail, IconReportMoney, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

const SECTIONS = ['users', 'agents', 'costs', 'import', 'tokens', 'mail', 'settings'] as const;
type Section = (typeof SECTIONS)[number];

const ICONS: Record<Section, typeof IconUsers> = {
  users: IconUsers,
  agents: IconHeadset,
  costs: IconReportMoney,
  import: IconFileImport,
  tokens: IconKey,
  mail: IconMail,
  settings: IconAdjustments,
};

/** /admin/*: one tab per section, each tab a URL. */
export function AdminLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = SECTIONS.find((section) => pathname.startsWith(`/admin/${section}`)) ?? 'users';

  return (
    <Stack gap="md">
      <Title order={1}>{t('admin.title')}</Title>
      <Tabs value={active} onChange={(value) => value && void navigate(`/admin/${value}`)} keepMounted={false}>
        <Tabs.List aria-label={t('admin.sections')}>
          {SECTIONS.map((section) => {
            const Icon = ICONS[section];
            return (
              <Tabs.Tab key={section} value={section} leftSection={<Icon size={16} aria-hidden />}>
                {t(`admin.tabs.${section}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {SECTIONS.map((section) => (
          <Tabs.Panel key={section} value={section} pt="md">
            {section === active && <Outlet />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
