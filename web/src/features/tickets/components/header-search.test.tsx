import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminMe, renderRoutes } from '../../../test/render';
import { HeaderSearch } from './header-search';

function renderHeader() {
  return renderRoutes([{ path: '*', element: <HeaderSearch /> }], { me: adminMe, initialEntry: '/clients' });
}

describe('HeaderSearch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens the ticket list with the words typed on Enter', async () => {
    const { router } = renderHeader();
    const box = screen.getByRole('textbox', { name: 'Rechercher des tickets' });
    await userEvent.type(box, '  imprimante bureau {Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/tickets'));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('imprimante bureau');
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('does nothing on Enter with nothing typed', async () => {
    const { router } = renderHeader();
    await userEvent.type(screen.getByRole('textbox', { name: 'Rechercher des tickets' }), '   {Enter}');
    expect(router.state.location.pathname).toBe('/clients');
  });

  it('is focused by « / » from the page, and Escape clears it and leaves', async () => {
    renderHeader();
    const box = screen.getByRole('textbox', { name: 'Rechercher des tickets' }) as HTMLInputElement;
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(box);

    await userEvent.type(box, 'zorglub');
    // In the field, « / » is a character like any other.
    await userEvent.type(box, '/');
    expect(box.value).toBe('zorglub/');
    await userEvent.keyboard('{Escape}');
    expect(box.value).toBe('');
    expect(document.activeElement).not.toBe(box);
  });

  it('is an icon that opens the field on a narrow screen', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }));
    const { router } = renderHeader();
    expect(screen.queryByRole('textbox', { name: 'Rechercher des tickets' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir la recherche de tickets' }));
    const box = await screen.findByRole('textbox', { name: 'Rechercher des tickets' });
    await userEvent.type(box, 'écran{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe(`?q=${encodeURIComponent('écran')}`));
  });
});
