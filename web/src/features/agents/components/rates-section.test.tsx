import type { Agent } from '@guichet/contract/agents';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderPage } from '../../../test/render';
import { RatesSection } from './rates-section';

const AGENT = '00000000-0000-4000-8000-0000000000d1';
const bob = { id: AGENT, name: 'Bob Agent' } as Agent;
const rate = { id: '00000000-0000-4000-8000-0000000000f1', effectiveFrom: '2026-01-01', hourlyRateCents: 4500, createdAt: '2026-01-01T00:00:00.000Z' };

function serve(preview: { entries: number; deltaCents: number }, sent: Record<string, unknown[]>) {
  return mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (url.pathname === `/api/agents/${AGENT}/rates` && method === 'GET') return json({ items: [rate], currency: 'EUR' });
    if (url.pathname === `/api/agents/${AGENT}/rates/preview`) {
      (sent.preview ??= []).push(JSON.parse(String(init?.body)));
      return json(preview);
    }
    if (url.pathname === `/api/agents/${AGENT}/rates` && method === 'POST') {
      (sent.create ??= []).push(JSON.parse(String(init?.body)));
      return json({ items: [rate], currency: 'EUR' }, 201);
    }
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
}

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

function fill(rateText: string) {
  fireEvent.change(screen.getByLabelText(/^Taux horaire \(€\)/), { target: { value: rateText } });
  fireEvent.change(screen.getByLabelText(/À partir du/), { target: { value: '2026-03-01' } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le taux' }));
}

describe('RatesSection', () => {
  it('lists the rates, previews a new one and asks before re-pricing', async () => {
    const sent: Record<string, unknown[]> = {};
    serve({ entries: 3, deltaCents: 1250 }, sent);
    renderPage(<RatesSection agent={bob} />, { me: adminMe });
    await waitFor(() => expect(norm(document.body.textContent)).toContain('45,00 € / h depuis le 1 janv. 2026'));

    fill('45,5');
    const dialog = await screen.findByRole('dialog');
    expect(norm(dialog.textContent)).toContain('Ce taux recalcule 3 saisie(s) de temps, soit +12,50 €');
    expect(sent.preview).toEqual([{ effectiveFrom: '2026-03-01', hourlyRateCents: 4550 }]);
    expect(sent.create).toBeUndefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(sent.create).toEqual([{ effectiveFrom: '2026-03-01', hourlyRateCents: 4550 }]));
  });

  it('applies directly when nothing is re-priced, and refuses three decimals', async () => {
    const sent: Record<string, unknown[]> = {};
    serve({ entries: 0, deltaCents: 0 }, sent);
    renderPage(<RatesSection agent={bob} />, { me: adminMe });
    await screen.findByText(/depuis le/);

    fill('45,555');
    expect(await screen.findByText(/au plus deux décimales/)).toBeTruthy();
    expect(sent.preview).toBeUndefined();

    fill('45,55');
    await waitFor(() => expect(sent.create).toEqual([{ effectiveFrom: '2026-03-01', hourlyRateCents: 4555 }]));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
