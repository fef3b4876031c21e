import { Anchor, AppShell, Burger, Group, NavLink } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAddressBook, IconChartBar, IconSettings, IconTicket } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { MyAvailabilitySwitch } from '../../features/agents/components/my-availability-switch';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { HeaderSearch } from '../../features/tickets/components/header-search';
import { isAdmin, useCurrentUser } from '../../lib/auth';
import classes from './layout.module.css';
import { UserMenu } from './user-menu';

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
}

/** The support team's shell: header (app name, user menu), navigation, page. */
export function StaffLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);

  const items: NavItem[] = [
    { to: '/tickets', label: t('nav.tickets'), icon: <IconTicket size={18} aria-hidden /> },
    { to: '/clients', label: t('nav.clients'), icon: <IconAddressBook size={18} aria-hidden /> },
    { to: '/dashboard', label: t('nav.dashboard'), icon: <IconChartBar size={18} aria-hidden /> },
  ];
  if (isAdmin(me)) items.push({ to: '/admin', label: t('nav.admin'), icon: <IconSettings size={18} aria-hidden /> });

  const isActive = (to: string) =>
    pathname === to || pathname.startsWith(`${to}/`) || (to === '/clients' && pathname.startsWith('/crm/clients/'));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Anchor href="#main-content" className={classes.skipLink}>
          {t('app.skipToContent')}
        </Anchor>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Anchor component={Link} to="/" underline="never" c="indigo" fw={800} fz="xl">
              {t('app.name')}
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <HeaderSearch />
            {me.role === 'agent' && <MyAvailabilitySwitch />}
            <NotificationBell ticketHref={(ticketId) => `/tickets/${ticketId}`} />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" id="main-navigation" aria-label={t('app.mainNavigation')}>
        {items.map((item) => {
          const active = isActive(item.to);
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={item.icon}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={close}
            />
          );
        })}
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
