import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTicketSearch } from '../api/search-tickets';

interface TicketPickerProps {
  value: string | null;
  onChange: (ticketId: string | null) => void;
  error?: string;
}

/** « Ticket »: the latest tickets, or those the typed words find (`GET /api/tickets?q=`), as « #1042 — sujet · client ». */
export function TicketPicker({ value, onChange, error }: TicketPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [q] = useDebouncedValue(search.trim(), 250);
  const [chosenLabel, setChosenLabel] = useState<string | null>(null);
  // While the chosen ticket's label shows in the input, list the latest rather than search for it.
  const query = chosenLabel && q === chosenLabel ? '' : q;
  const results = useTicketSearch(query, opened);

  const data = useMemo(() => {
    const options = (results.data?.items ?? []).map((ticket) => ({
      value: ticket.id,
      label: t('mail.inbound.ticketOption', { number: ticket.number, subject: ticket.subject, client: ticket.client.name }),
    }));
    if (value && chosenLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: chosenLabel });
    return options;
  }, [results.data, value, chosenLabel, t]);

  return (
    <Select
      label={t('mail.inbound.ticket')}
      description={t('mail.inbound.ticketHelp')}
      placeholder={t('mail.inbound.ticketPlaceholder')}
      required
      searchable
      data={data}
      value={value}
      onChange={(id, option) => {
        onChange(id);
        setChosenLabel(option?.label ?? null);
      }}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      // The server already filtered the options.
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('mail.inbound.noTicketFound')}
      error={error}
    />
  );
}
