import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createQueryClient } from '../../../lib/query-client';
import { ExcerptText, markedSubject, SearchPassage } from './search-excerpt';

const inApp = (node: React.ReactNode) => render(<AppProviders queryClient={createQueryClient()}>{node}</AppProviders>);

describe('ExcerptText', () => {
  it('puts the matched words in <mark> and leaves the rest as plain text', () => {
    const { container } = inApp(
      <p data-testid="passage">
        <ExcerptText
          segments={[
            { text: 'Avez-vous redémarré l’', hit: false },
            { text: 'imprimante', hit: true },
            { text: ' du bureau ?', hit: false },
          ]}
        />
      </p>,
    );
    const marks = container.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['imprimante']);
    expect(screen.getByTestId('passage').textContent).toBe('Avez-vous redémarré l’imprimante du bureau ?');
  });

  it('shows markup typed by a user as text, never as elements', () => {
    const { container } = inApp(
      <p data-testid="passage">
        <ExcerptText
          segments={[
            { text: '<script>alert(1)</script> ', hit: false },
            { text: '<img src=x onerror=alert(2)>', hit: true },
          ]}
        />
      </p>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('passage').textContent).toBe('<script>alert(1)</script> <img src=x onerror=alert(2)>');
    expect(container.querySelector('mark')!.textContent).toBe('<img src=x onerror=alert(2)>');
  });
});

describe('SearchPassage', () => {
  it('says where the words were found', () => {
    inApp(<SearchPassage match={{ field: 'message', excerpt: [{ text: 'zorglubine', hit: true }] }} />);
    expect(screen.getByText('Dans la discussion')).toBeTruthy();
    expect(screen.getByText('zorglubine').tagName).toBe('MARK');
  });

  it('tells staff when the words were in an internal note', () => {
    inApp(<SearchPassage match={{ field: 'internal_note', excerpt: [{ text: 'zorglubine', hit: true }] }} />);
    expect(screen.getByText('Dans une note interne')).toBeTruthy();
  });
});

describe('markedSubject', () => {
  const match = (...hits: string[]) => ({ field: 'subject' as const, excerpt: hits.map((text) => ({ text, hit: true })) });

  it('marks in the whole subject the words the passage marked, where they stand as words', () => {
    // The API's passage left out « L' »: the subject keeps it.
    expect(markedSubject("L'imprimante n'imprime plus (imprimantes)", match('imprimante', 'imprime'))).toEqual([
      { text: "L'", hit: false },
      { text: 'imprimante', hit: true },
      { text: " n'", hit: false },
      { text: 'imprime', hit: true },
      { text: ' plus (imprimantes)', hit: false },
    ]);
  });

  it('takes the words literally and leaves a subject without hits whole', () => {
    expect(markedSubject('Coût (a+b) en €', match('(a+b)'))).toEqual([
      { text: 'Coût ', hit: false },
      { text: '(a+b)', hit: true },
      { text: ' en €', hit: false },
    ]);
    expect(markedSubject('Écran noir', { field: 'subject', excerpt: [{ text: 'Écran noir', hit: false }] })).toEqual([
      { text: 'Écran noir', hit: false },
    ]);
  });
});
