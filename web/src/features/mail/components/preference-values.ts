import type { MailCategory, MailPreferences, UpdateMailPreferencesBody } from '@guichet/contract/mail';
import type { Locale } from '@guichet/contract/common';

/** What the switches show: the categories in the server's order, each on or off, and the language. */
export interface PreferenceValues {
  locale: Locale;
  order: MailCategory[];
  enabled: Partial<Record<MailCategory, boolean>>;
}

export function preferenceValues(preferences: MailPreferences, turnOff?: string | null): PreferenceValues {
  const enabled: Partial<Record<MailCategory, boolean>> = {};
  for (const { category, enabled: on } of preferences.categories) enabled[category] = on && category !== turnOff;
  return { locale: preferences.locale, order: preferences.categories.map((c) => c.category), enabled };
}

/** Every switch is sent, so what is saved is exactly what the person sees. */
export function preferenceBody(values: PreferenceValues): UpdateMailPreferencesBody {
  return {
    locale: values.locale,
    categories: values.order.map((category) => ({ category, enabled: values.enabled[category] ?? false })),
  };
}
