import { type Notification, NotificationKind } from '@guichet/contract/notifications';
import {
  ActionIcon,
  Box,
  Button,
  Center,
  Divider,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconBell, IconBellOff, IconChecks } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifyError } from '../../../components/notify';
import { budgetPeriodLabel } from '../../../lib/budget-period';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { useNotifications } from '../api/list-notifications';
import { relativeTime } from './relative-time';

const isKnownKind = (kind: string): kind is NotificationKind => (NotificationKind.options as readonly string[]).includes(kind);

/**
 * The sentence of a notification, e.g. « Alice Martin a répondu au ticket #1042 » or
 * « Budget Acme SARL (novembre 2026) : seuil de 80 % atteint ».
 */
export function notificationSentence(t: TFunction, notification: Notification, locale = 'fr'): string {
  const budget = notification.budget;
  const values = {
    number: notification.ticket?.number ?? '?',
    actor: notification.actor?.name ?? t('notifications.someone'),
    client: budget?.client.name ?? '?',
    period: budget ? budgetPeriodLabel(t, locale, budget.periodKind, budget.periodStart) : '?',
    percent: budget?.thresholdPercent ?? '?',
  };
  return isKnownKind(notification.kind) ? t(`notifications.kinds.${notification.kind}`, values) : t('notifications.kinds.other', values);
}

interface NotificationBellProps {
  /** Where a notification's ticket opens: `/tickets/{id}` for staff, `/portal/tickets/{id}` for contacts. */
  ticketHref: (ticketId: string) => string;
}

/** The header bell: unread count, the latest notifications, polled every 15 s. */
export function NotificationBell({ ticketHref }: NotificationBellProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const headingId = useId();
  const notifications = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  // Defensive: an answer without the fields (an older server) shows an empty bell, not a crash.
  const unread = notifications.data?.unreadCount ?? 0;
  const items = notifications.data?.items ?? [];

  return (
    <Indicator
      inline
      color="red"
      size={18}
      offset={4}
      disabled={unread === 0}
      label={<span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>}
    >
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width="min(26rem, calc(100vw - 1rem))"
        shadow="md"
        trapFocus
        returnFocus
        withinPortal
        // The header is always on screen; without layout (tests) floating-ui would think the bell hidden.
        hideDetached={false}
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('notifications.bellLabel', { count: unread })}
            onClick={() => setOpened((o) => !o)}
          >
            <IconBell size={22} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} aria-labelledby={headingId}>
          <Group justify="space-between" px="md" py="xs" wrap="nowrap">
            <Text component="h2" id={headingId} fw={700} fz="md" m={0}>
              {t('notifications.title')}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconChecks size={16} aria-hidden />}
              disabled={unread === 0}
              onClick={() => markAll.mutate(undefined, { onError: notifyError })}
            >
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          <Divider />
          {notifications.isPending ? (
            <Center py="lg">
              <Loader size="sm" aria-label={t('common.loading')} />
            </Center>
          ) : notifications.isError && items.length === 0 ? (
            <Stack align="center" gap="xs" py="lg" px="md">
              <Text c="red" fz="sm" role="alert">
                {t('notifications.loadFailed')}
              </Text>
              <Button variant="light" size="xs" onClick={() => void notifications.refetch()}>
                {t('common.retry')}
              </Button>
            </Stack>
          ) : items.length === 0 ? (
            <Stack align="center" gap={4} py="lg">
              <IconBellOff size={28} stroke={1.5} aria-hidden color="var(--mantine-color-dimmed)" />
              <Text c="dimmed" fz="sm">
                {t('notifications.empty')}
              </Text>
            </Stack>
          ) : (
            <ScrollArea.Autosize mah={440} type="auto">
              <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {items.map((notification) => (
                  <li key={notification.id}>
                    <NotificationItem
                      notification={notification}
                      ticketHref={ticketHref}
                      onOpen={() => setOpened(false)}
                    />
                  </li>
                ))}
              </Box>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

interface NotificationItemProps {
  notification: Notification;
  ticketHref: (ticketId: string) => string;
  onOpen: () => void;
}

function NotificationItem({ notification, ticketHref, onOpen }: NotificationItemProps) {
  const { t, i18n } = useTranslation();
  const markRead = useMarkNotificationRead();
  const unread = !notification.readAt;
  const open = () => {
    if (unread) markRead.mutate(notification.id);
    onOpen();
  };
  const content = (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Box
        aria-hidden
        mt={7}
        w={8}
        h={8}
        style={{
          flexShrink: 0,
          borderRadius: '50%',
          background: unread ? 'var(--mantine-color-indigo-6)' : 'transparent',
        }}
      />
      <Stack gap={2} miw={0}>
        <Text fz="sm" fw={unread ? 700 : 400}>
          {notificationSentence(t, notification, i18n.resolvedLanguage ?? 'fr')}
        </Text>
        {notification.ticket && (
          <Text fz="sm" c="dimmed" truncate>
            {notification.ticket.subject}
          </Text>
        )}
        <Text fz="xs" c="dimmed" component="time" dateTime={notification.createdAt}>
          {relativeTime(notification.createdAt, i18n.resolvedLanguage ?? 'fr', t('notifications.justNow'))}
        </Text>
        {unread && <VisuallyHidden>{t('notifications.unread')}</VisuallyHidden>}
      </Stack>
    </Group>
  );
  const style = {
    display: 'block',
    width: '100%',
    padding: 'var(--mantine-spacing-xs) var(--mantine-spacing-md)',
    background: unread ? 'var(--mantine-color-indigo-light)' : undefined,
    borderBottom: '1px solid var(--mantine-color-default-border)',
  };
  // A budget alert opens the client's fiche, where the budget is.
  if (notification.budget) {
    return (
      <UnstyledButton component={Link} to={`/clients/${notification.budget.client.id}`} style={style} onClick={open}>
        {content}
      </UnstyledButton>
    );
  }
  if (!notification.ticket) {
    return (
      <UnstyledButton style={style} onClick={open} disabled={!unread}>
        {content}
      </UnstyledButton>
    );
  }
  return (
    <UnstyledButton component={Link} to={ticketHref(notification.ticket.id)} style={style} onClick={open}>
      {content}
    </UnstyledButton>
  );
}
