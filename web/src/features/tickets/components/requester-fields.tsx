import type { Contact } from '@guichet/contract/clients';
import { Alert, Anchor, Badge, Button, Group, MultiSelect, Select, Skeleton, Stack, Text, type ComboboxItem } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/error-message';

/** The client's contacts as the new ticket form gets them from its page. */
export interface RequesterChoices {
  clientId: string;
  contacts: Contact[] | undefined;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/** The requester staff open a ticket for: the client's main contact, else its first one. */
export function defaultRequester(contacts: Contact[]): string | null {
  return (contacts.find((c) => c.main) ?? contacts[0])?.id ?? null;
}

interface RequesterFieldsProps {
  choices: RequesterChoices;
  requester: string | null;
  cc: string[];
  onRequesterChange: (contactId: string | null) => void;
  onCcChange: (contactIds: string[]) => void;
  requesterError?: string;
  ccError?: string;
  disabled?: boolean;
}

/**
 * « Demandeur » (required, the client's main contact by default) and « En copie » (other contacts of
 * the same client): the people the client side of every notification goes to.
 */
export function RequesterFields({
  choices,
  requester,
  cc,
  onRequesterChange,
  onCcChange,
  requesterError,
  ccError,
  disabled,
}: RequesterFieldsProps) {
  const { t } = useTranslation();
  const { contacts, loading, error, retry, clientId } = choices;

  if (loading) {
    return (
      <Stack gap="xs" aria-busy>
        <Skeleton height={14} width={120} />
        <Skeleton height={36} />
      </Stack>
    );
  }
  if (error || !contacts) {
    // The ticket can still be opened: the server gives it to the client's main contact.
    return (
      <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('tickets.form.contactsFailed')}>
        <Text fz="sm">
          {errorMessage(t, error)} {t('tickets.form.contactsFailedHint')}
        </Text>
        <Button variant="light" color="orange" size="xs" mt="sm" onClick={retry}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (contacts.length === 0) {
    return (
      <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title={t('tickets.form.noContacts')}>
        <Text fz="sm">{t('tickets.form.noContactsHint')}</Text>
        <Anchor component={Link} to={`/clients/${clientId}`} fz="sm">
          {t('tickets.form.addContact')}
        </Anchor>
      </Alert>
    );
  }

  const option = (c: Contact) => ({ value: c.id, label: t('tickets.form.contactOption', { name: c.name, email: c.email }) });
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const renderOption = ({ option: item }: { option: ComboboxItem }) => {
    const contact = byId.get(item.value);
    return (
      <Group gap="xs" wrap="nowrap" miw={0}>
        <Stack gap={0} miw={0}>
          <Text fz="sm" truncate>
            {contact?.name ?? item.label}
          </Text>
          {contact && (
            <Text fz="xs" c="dimmed" truncate>
              {contact.email}
            </Text>
          )}
        </Stack>
        {contact?.main && (
          <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
            {t('contacts.main')}
          </Badge>
        )}
      </Group>
    );
  };

  return (
    <>
      <Select
        label={t('tickets.form.requester')}
        description={t('tickets.form.requesterHelp')}
        required
        searchable
        allowDeselect={false}
        data={contacts.map(option)}
        value={requester}
        onChange={(id) => {
          onRequesterChange(id);
          // Nobody is in copy of their own ticket.
          if (id && cc.includes(id)) onCcChange(cc.filter((c) => c !== id));
        }}
        renderOption={renderOption}
        nothingFoundMessage={t('tickets.form.noContactFound')}
        error={requesterError}
        disabled={disabled}
      />
      {contacts.length > 1 && (
        <MultiSelect
          label={t('tickets.form.cc')}
          description={t('tickets.form.ccHelp')}
          placeholder={cc.length === 0 ? t('tickets.form.ccPlaceholder') : undefined}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('tickets.form.ccClear') }}
          hidePickedOptions
          data={contacts.filter((c) => c.id !== requester).map(option)}
          value={cc}
          onChange={onCcChange}
          renderOption={renderOption}
          nothingFoundMessage={t('tickets.form.noContactFound')}
          error={ccError}
          disabled={disabled}
        />
      )}
    </>
  );
}
