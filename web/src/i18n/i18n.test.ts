import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('translations', () => {
  it('French and English have exactly the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });

  it('every string is non-empty and uses the same placeholders in both languages', () => {
    const lookup = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
    for (const key of keysOf(fr)) {
      const french = lookup(fr, key);
      const english = lookup(en, key);
      expect(typeof french, key).toBe('string');
      expect((french as string).trim(), key).not.toBe('');
      expect(placeholders(english as string), key).toEqual(placeholders(french as string));
    }
  });
});
