import { ActionIcon, Kbd, Popover, TextInput, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SEARCH_MAX_LENGTH, searchText } from './ticket-filters';

/** Typing « / » there must type a slash, not jump to the search. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The staff header's ticket search: Enter opens `/tickets?q=…`, « / » focuses it from anywhere,
 * Escape clears it and leaves. On a narrow screen it is an icon that opens the field below.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const navigate = useNavigate();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true);
  // The « / » hint only where the field has room to spare for it.
  const roomy = useMediaQuery(`(min-width: ${theme.breakpoints.md})`, true);
  const [text, setText] = useState('');
  const [opened, { open, close }] = useDisclosure(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      // Not from a field (a slash is typed there), nor from an open dialog (it keeps the focus).
      if (isEditable(event.target) || document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      if (wide) input.current?.focus();
      else open();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [wide, open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = searchText(text);
    if (!q) return;
    void navigate(`/tickets?${new URLSearchParams({ q })}`);
    setText('');
    input.current?.blur();
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    setText('');
    event.currentTarget.blur();
    close();
  };

  const field = (
    <form role="search" aria-label={t('search.header.label')} onSubmit={submit}>
      <TextInput
        ref={input}
        aria-label={t('search.header.label')}
        aria-keyshortcuts="/"
        placeholder={t('search.header.placeholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={roomy && wide && !text ? <Kbd size="xs" title={t('search.header.shortcut')}>/</Kbd> : null}
        rightSectionPointerEvents="none"
        value={text}
        maxLength={SEARCH_MAX_LENGTH}
        enterKeyHint="search"
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        data-autofocus
        // Room for the rest of the header from 768 px wide (the agent's availability switch, the bell, the menu).
        w={wide ? 'clamp(12rem, 24vw, 20rem)' : '100%'}
      />
    </form>
  );

  if (wide) return field;
  return (
    <Popover
      opened={opened}
      onDismiss={close}
      position="bottom"
      width="calc(100vw - 2 * var(--mantine-spacing-md))"
      // Keep the field the screen's width, with the page's margin on each side.
      middlewares={{ flip: false, shift: { padding: 16 } }}
      trapFocus
      returnFocus
      // The header is fixed: its button is never scrolled away (and test DOMs have no layout).
      hideDetached={false}
      shadow="md"
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={t('search.header.open')}
          aria-expanded={opened}
          aria-keyshortcuts="/"
          onClick={() => (opened ? close() : open())}
        >
          <IconSearch size={20} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p="xs">{field}</Popover.Dropdown>
    </Popover>
  );
}
