import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../lib/get-client';
import { useClientSearch } from '../lib/search-clients';

interface ClientSelectProps {
  value: string | undefined;
  onChange: (clientId: string | undefined) => void;
  /** A form's required choice rather than a filter (« Tous les clients » when empty). */
  required?: boolean;
  label?: string;
  placeholder?: string;
  description?: string;
  error?: string;
}

/**
 * « Client »: a select searched on the server (`GET /api/clients?q=`) as the user types, empty for
 * « Tous les clients ». The ticket list and Administration → Coûts filter with it; a quarantined
 * mail's « Accepter comme contact » requires one.
 */
export function ClientSelect({ value, onChange, required, label, placeholder, description, error }: ClientSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [dropdownOpened, setDropdownOpened] = useState(false);
  const [q] = useDebouncedValue(search.trim(), 250);
  // A bookmarked link only has the id: fetch the name to show.
  const selected = useClient(value);
  const selectedName = selected.data?.name;
  // While the selected client's name shows in the input, list everyone rather than just that name.
  const query = selectedName && q === selectedName ? '' : q;
  const results = useClientSearch(query, dropdownOpened);

  const data = useMemo(() => {
    const options = (results.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
    if (value && selectedName && !options.some((o) => o.value === value)) {
      options.unshift({ value, label: selectedName });
    }
    return options;
  }, [results.data, value, selectedName]);

  return (
    <Select
      label={label ?? t('clientSelect.label')}
      placeholder={placeholder ?? t('clientSelect.placeholder')}
      description={description}
      error={error}
      required={required}
      searchable
      clearable={!required}
      clearButtonProps={{ 'aria-label': t('clientSelect.clear') }}
      data={data}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      onSearchChange={setSearch}
      onDropdownOpen={() => setDropdownOpened(true)}
      // The server already filtered the options.
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('clientSelect.nothingFound')}
      w={required ? '100%' : { base: '100%', sm: 240 }}
    />
  );
}
