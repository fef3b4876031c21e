import type { Contact } from '@guichet/contract/clients';
import { ActionIcon, Badge, Button, Card, Group, Menu, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import {
  IconDots,
  IconKey,
  IconKeyOff,
  IconPencil,
  IconRefresh,
  IconStar,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { HiddenCaption } from '../../../components/hidden-caption';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useContacts } from '../api/list-contacts';
import { useSetPortalAccess } from '../api/set-portal-access';
import { useUpdateContact } from '../api/update-contact';
import { ContactFormModal } from './contact-form-modal';
import { PortalAccessBadge } from './portal-access-badge';
import { PortalAccessModal } from './portal-access-modal';

interface ContactsSectionProps {
  clientId: string;
  canManage: boolean;
}

/**
 * The people of a client, the main one first marked « Principal » (the default requester of the
 * tickets staff open); admins add and edit them, choose the main one and manage their portal login.
 */
export function ContactsSection({ clientId, canManage }: ContactsSectionProps) {
  const { t } = useTranslation();
  const contacts = useContacts(clientId);
  const setAccess = useSetPortalAccess(clientId);
  const update = useUpdateContact(clientId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Contact | null>(null);
  const [accessFor, setAccessFor] = useState<Contact | null>(null);
  const [revoking, setRevoking] = useState<Contact | null>(null);

  const revoke = () => {
    if (!revoking) return;
    const { id, name } = revoking;
    setAccess.mutate(
      { contactId: id, body: { enabled: false } },
      {
        onSuccess: () => {
          notifySuccess(t('contacts.accessRevoked', { name }));
          setRevoking(null);
        },
        onError: notifyError,
      },
    );
  };

  const makeMain = ({ id, name }: Contact) =>
    update.mutate(
      { contactId: id, body: { main: true } },
      { onSuccess: () => notifySuccess(t('contacts.mainSet', { name })), onError: notifyError },
    );

  return (
    <Card withBorder component="section" aria-labelledby="contacts-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h3" id="contacts-title">
          {t('contacts.title')}
        </Title>
        {canManage && (
          <Button
            size="sm"
            variant="light"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            {t('contacts.add')}
          </Button>
        )}
      </Group>

      {contacts.isPending ? (
        <Stack gap="xs">
          <Skeleton height={32} />
          <Skeleton height={32} />
        </Stack>
      ) : contacts.isError ? (
        <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : contacts.data.length === 0 ? (
        <EmptyState icon={<IconUsers size={28} />} title={t('contacts.empty')} order={3} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <HiddenCaption>{t('contacts.tableCaption')}</HiddenCaption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contacts.columns.name')}</Table.Th>
                <Table.Th>{t('contacts.columns.email')}</Table.Th>
                <Table.Th>{t('contacts.columns.phone')}</Table.Th>
                <Table.Th>{t('contacts.columns.jobTitle')}</Table.Th>
                <Table.Th>{t('contacts.columns.portal')}</Table.Th>
                {canManage && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.data.map((contact) => (
                <Table.Tr key={contact.id}>
                  <Table.Td fw={500}>
                    <Group gap="xs" wrap="nowrap">
                      <span>{contact.name}</span>
                      {contact.main && (
                        <Badge size="sm" variant="light" leftSection={<IconStar size={10} aria-hidden />}>
                          {t('contacts.main')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{contact.email}</Table.Td>
                  <Table.Td>{contact.phone ?? <Text span c="dimmed">—</Text>}</Table.Td>
                  <Table.Td>{contact.jobTitle ?? <Text span c="dimmed">—</Text>}</Table.Td>
                  <Table.Td>
                    <PortalAccessBadge access={contact.portalAccess} />
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <ContactActions
                        contact={contact}
                        onEdit={() => setEditing(contact)}
                        onMakeMain={() => makeMain(contact)}
                        onGrantOrReset={() => setAccessFor(contact)}
                        onRevoke={() => setRevoking(contact)}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {canManage && (
        <>
          <ContactFormModal clientId={clientId} opened={adding} onClose={() => setAdding(false)} />
          {editing && (
            <ContactFormModal clientId={clientId} opened onClose={() => setEditing(null)} contact={editing} />
          )}
          {accessFor && <PortalAccessModal clientId={clientId} contact={accessFor} onClose={() => setAccessFor(null)} />}
          {revoking && (
            <ConfirmModal
              opened
              title={t('contacts.revokeTitle')}
              message={t('contacts.revokeMessage', { name: revoking.name })}
              confirmLabel={t('contacts.revokeConfirm')}
              onConfirm={revoke}
              onClose={() => setRevoking(null)}
              loading={setAccess.isPending}
            />
          )}
        </>
      )}
    </Card>
  );
}

interface ContactActionsProps {
  contact: Contact;
  onEdit: () => void;
  onMakeMain: () => void;
  onGrantOrReset: () => void;
  onRevoke: () => void;
}

function ContactActions({ contact, onEdit, onMakeMain, onGrantOrReset, onRevoke }: ContactActionsProps) {
  const { t } = useTranslation();
  const hasAccess = contact.portalAccess === 'active';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('contacts.actionsFor', { name: contact.name })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
          {t('common.edit')}
        </Menu.Item>
        {!contact.main && (
          <Menu.Item leftSection={<IconStar size={16} aria-hidden />} onClick={onMakeMain}>
            {t('contacts.makeMain')}
          </Menu.Item>
        )}
        {hasAccess ? (
          <>
            <Menu.Item leftSection={<IconRefresh size={16} aria-hidden />} onClick={onGrantOrReset}>
              {t('contacts.resetAccess')}
            </Menu.Item>
            <Menu.Item color="red" leftSection={<IconKeyOff size={16} aria-hidden />} onClick={onRevoke}>
              {t('contacts.revokeAccess')}
            </Menu.Item>
          </>
        ) : (
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={onGrantOrReset}>
            {t('contacts.grantAccess')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
