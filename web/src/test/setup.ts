import { configure } from '@testing-library/react';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18n } from '../i18n/i18n';

const realFetch = globalThis.fetch;

beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

// Pages are lazy-loaded chunks: give `findBy…` time on a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

// happy-dom has no `document.fonts`, which Mantine's autosize Textarea listens to.
if (typeof document !== 'undefined' && !('fonts' in document && document.fonts)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() },
  });
}
