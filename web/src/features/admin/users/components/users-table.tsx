import type { User } from '@guichet/contract/users';
import { ActionIcon, Badge, Menu, Table, Text } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { HiddenCaption } from '../../../../components/hidden-caption';
import { useDateFormat } from '../../../../lib/format';

export type UserAction = 'edit' | 'resetPassword' | 'deactivate' | 'reactivate';

interface UsersTableProps {
  users: User[];
  currentUserId: string;
  onAction: (action: UserAction, user: User) => void;
}

export function UsersTable({ users, currentUserId, onAction }: UsersTableProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm">
        <HiddenCaption>{t('users.tableCaption')}</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.columns.name')}</Table.Th>
            <Table.Th>{t('users.columns.email')}</Table.Th>
            <Table.Th>{t('users.columns.role')}</Table.Th>
            <Table.Th>{t('users.columns.status')}</Table.Th>
            <Table.Th>{t('users.columns.lastLogin')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const self = user.id === currentUserId;
            return (
              <Table.Tr key={user.id}>
                <Table.Td fw={500}>
                  {user.name}{' '}
                  {self && (
                    <Text span c="dimmed" fz="sm">
                      {t('users.you')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                <Table.Td>
                  <Badge color={user.active ? 'green' : 'gray'} variant="light">
                    {user.active ? t('common.active') : t('common.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>{user.lastLoginAt ? dateTime(user.lastLoginAt) : t('common.never')}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { name: user.name })}>
                        <IconDots size={18} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onAction('edit', user)}>
                        {t('common.edit')}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconKey size={16} aria-hidden />}
                        onClick={() => onAction('resetPassword', user)}
                      >
                        {t('users.resetPassword')}
                      </Menu.Item>
                      {user.active
                        ? !self && (
                            <Menu.Item
                              color="red"
                              leftSection={<IconUserOff size={16} aria-hidden />}
                              onClick={() => onAction('deactivate', user)}
                            >
                              {t('users.deactivate')}
                            </Menu.Item>
                          )
                        : (
                            <Menu.Item
                              leftSection={<IconUserCheck size={16} aria-hidden />}
                              onClick={() => onAction('reactivate', user)}
                            >
                              {t('users.reactivate')}
                            </Menu.Item>
                          )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
