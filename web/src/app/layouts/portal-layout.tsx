import { Anchor, AppShell, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { useCurrentUser } from '../../lib/auth';
import classes from './layout.module.css';
import { UserMenu } from './user-menu';

/** The client portal's shell: the client's name and the user menu, no staff navigation. */
export function PortalLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Anchor href="#main-content" className={classes.skipLink}>
          {t('app.skipToContent')}
        </Anchor>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Anchor component={Link} to="/portal" underline="never" c="indigo" fw={800} fz="xl">
              {t('app.name')}
            </Anchor>
            <Text c="dimmed" aria-hidden>
              ·
            </Text>
            <Text fw={600} truncate>
              {me.clientName ?? t('portal.fallbackTitle')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationBell ticketHref={(ticketId) => `/portal/tickets/${ticketId}`} />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
