import { describe, expect, it } from 'vitest';
import { effectiveSort, filtersFromParams, paramsFromFilters, queryFromFilters, searchText } from './ticket-filters';

const read = (search: string) => filtersFromParams(new URLSearchParams(search));

describe('the search in the ticket filters', () => {
  it('sorts a search by relevance unless another order is chosen', () => {
    expect(effectiveSort(read('q=imprimante'))).toBe('relevance');
    expect(effectiveSort(read('q=imprimante&assigneeId=none'))).toBe('relevance');
    expect(effectiveSort(read('q=imprimante&sort=createdAt'))).toBe('createdAt');
  });

  it('never asks for relevance without words to look for', () => {
    expect(read('sort=relevance').sort).toBeUndefined();
    expect(effectiveSort({ status: [], priority: [], sort: 'relevance' })).toBe('-createdAt');
    expect(queryFromFilters({ status: [], priority: [], sort: 'relevance' }, false).sort).toBe('-createdAt');
  });

  it('keeps links short: q in the URL, relevance left out as the default', () => {
    expect(paramsFromFilters(read('q=imprimante&sort=relevance')).toString()).toBe('q=imprimante');
    expect(paramsFromFilters(read('q=imprimante&sort=-priority')).toString()).toBe('q=imprimante&sort=-priority');
    expect(paramsFromFilters({ status: [], priority: [], sort: 'relevance' }).toString()).toBe('');
  });

  it('trims the words and drops a blank or overlong search', () => {
    expect(read('q=%20%20').q).toBeUndefined();
    expect(read('q=%20%C3%A9cran%20').q).toBe('écran');
    expect(searchText('a'.repeat(250))).toHaveLength(200);
    expect(queryFromFilters(read('q=zorglub'), true)).toMatchObject({ q: 'zorglub', sort: 'relevance' });
  });
});
