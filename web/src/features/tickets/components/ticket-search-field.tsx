import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_MAX_LENGTH, searchText } from './ticket-filters';

/** Typing pauses this long before the list asks again. */
const SEARCH_DEBOUNCE_MS = 300;

interface TicketSearchFieldProps {
  /** The search in the URL. */
  value: string | undefined;
  onChange: (q: string | undefined) => void;
}

/** The list's search box: what is typed reaches the URL after a pause, or at once on Enter. */
export function TicketSearchField({ value, onChange }: TicketSearchFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const commit = useDebouncedCallback((next: string) => {
    if (searchText(next) !== value) onChange(searchText(next));
  }, SEARCH_DEBOUNCE_MS);

  // The URL changed elsewhere (header search, « Effacer la recherche », back button): show it,
  // unless the box already says the same (a trailing space being typed is kept).
  useEffect(() => {
    setText((current) => (searchText(current) === value ? current : (value ?? '')));
  }, [value]);

  const type = (next: string) => {
    setText(next);
    commit(next);
  };
  const clear = () => {
    commit.cancel();
    setText('');
    if (value) onChange(undefined);
  };

  return (
    <TextInput
      enterKeyHint="search"
      label={t('search.field.label')}
      placeholder={t('search.field.placeholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={text ? <CloseButton size="sm" aria-label={t('search.field.clear')} onClick={clear} /> : null}
      value={text}
      maxLength={SEARCH_MAX_LENGTH}
      onChange={(event) => type(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit.flush();
        if (event.key === 'Escape' && text) {
          event.preventDefault();
          clear();
        }
      }}
      w={{ base: '100%', sm: 300 }}
    />
  );
}
