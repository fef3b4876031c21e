import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@guichet/contract/common';
import en from './en.json';
import fr from './fr.json';

export const LOCALES = ['fr', 'en'] as const satisfies readonly Locale[];
const DEFAULT_LOCALE: Locale = 'fr';
const STORAGE_KEY = 'guichet.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/** The language to start with: the last one chosen in this browser, else French. */
function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be disabled; French is fine.
  }
  return DEFAULT_LOCALE;
}

function applyLocale(locale: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  dayjs.locale(locale);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered in this browser; the server keeps the user's choice anyway.
  }
}

i18n.on('languageChanged', applyLocale);

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: initialLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: LOCALES,
  initAsync: false,
  // React escapes every interpolated value when it renders text; nothing is ever injected as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
