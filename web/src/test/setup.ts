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
