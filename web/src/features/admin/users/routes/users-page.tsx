import type { User } from '@guichet/contract/users';
import { Button, Group, NativeSelect, Skeleton, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { CursorPagination } from '../../../../components/cursor-pagination';
import { EmptyState } from '../../../../components/empty-state';
import { ErrorAlert } from '../../../../components/error-alert';
import { notifyError, notifySuccess } from '../../../../components/notify';
import { useCurrentUser } from '../../../../lib/auth';
import { useCursorPages } from '../../../../lib/use-cursor-pages';
import { usePageTitle } from '../../../../lib/use-page-title';
import { useUsers } from '../api/list-users';
import type { UserListParams } from '../api/query-keys';
import { useUpdateUser } from '../api/update-user';
import { CreateUserModal } from '../components/create-user-modal';
import { EditUserModal } from '../components/edit-user-modal';
import { ResetPasswordModal } from '../components/reset-password-modal';
import { UsersTable, type UserAction } from '../components/users-table';

const PAGE_SIZE = 50;

export function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  usePageTitle(t('users.title'));

  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<UserListParams['role']>('staff');
  const pages = useCursorPages(`${q}|${role}`);
  const users = useUsers({ role, q: q || undefined, limit: PAGE_SIZE, cursor: pages.cursor });
  const update = useUpdateUser();

  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<{ action: UserAction; user: User } | null>(null);
  const close = () => setPending(null);

  const setActive = (user: User, active: boolean) =>
    update.mutate(
      { id: user.id, body: { active } },
      {
        onSuccess: (saved) => {
          notifySuccess(t(active ? 'users.reactivated' : 'users.deactivated', { name: saved.name }));
          close();
        },
        onError: notifyError,
      },
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('users.title')}</Title>
        <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t('users.new')}
        </Button>
      </Group>

      <Group align="flex-end" role="search">
        <TextInput
          label={t('users.searchLabel')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <NativeSelect
          label={t('users.roleFilter')}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as UserListParams['role'])}
          data={[
            { value: 'staff', label: t('users.roleFilterStaff') },
            { value: 'admin', label: t('users.roleFilterAdmin') },
            { value: 'agent', label: t('users.roleFilterAgent') },
          ]}
        />
      </Group>

      {users.isPending ? (
        <Stack gap="xs" aria-busy>
          <Skeleton height={36} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : users.isError ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <EmptyState icon={<IconUsers size={32} />} title={t('users.empty')} order={3} />
      ) : (
        <>
          <UsersTable users={users.data.items} currentUserId={me.id} onAction={(action, user) => setPending({ action, user })} />
          <CursorPagination
            hasPrevious={pages.hasPrevious}
            hasNext={users.data.nextCursor !== null}
            onPrevious={pages.previous}
            onNext={() => users.data.nextCursor && pages.next(users.data.nextCursor)}
            disabled={users.isPlaceholderData}
          />
        </>
      )}

      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      {pending?.action === 'edit' && <EditUserModal user={pending.user} onClose={close} />}
      {pending?.action === 'resetPassword' && <ResetPasswordModal user={pending.user} onClose={close} />}
      {pending?.action === 'deactivate' && (
        <ConfirmModal
          opened
          title={t('users.deactivateTitle', { name: pending.user.name })}
          message={t('users.deactivateMessage')}
          confirmLabel={t('users.deactivate')}
          onConfirm={() => setActive(pending.user, false)}
          onClose={close}
          loading={update.isPending}
        />
      )}
      {pending?.action === 'reactivate' && (
        <ConfirmModal
          opened
          color="green"
          title={t('users.reactivateTitle', { name: pending.user.name })}
          message={t('users.reactivateMessage')}
          confirmLabel={t('users.reactivate')}
          onConfirm={() => setActive(pending.user, true)}
          onClose={close}
          loading={update.isPending}
        />
      )}
    </Stack>
  );
}
