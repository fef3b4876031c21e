import type { TFunction } from 'i18next';

/** Form validators with messages in the user's language; they mirror the contract's rules. */
export function validators(t: TFunction) {
  const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  return {
    required: (value: string) => (value.trim() ? null : t('validation.required')),
    email: (value: string) => (emailPattern.test(value.trim()) ? null : t('validation.email')),
    optionalEmail: (value: string) =>
      !value.trim() || emailPattern.test(value.trim()) ? null : t('validation.email'),
    maxLength: (max: number) => (value: string) =>
      value.trim().length <= max ? null : t('validation.maxLength', { count: max }),
    password: (value: string) => (value.length >= 10 ? null : t('validation.minLength', { count: 10 })),
    externalRef: (value: string) => {
      const ref = value.trim();
      if (!ref) return null;
      return ref.length <= 64 && /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(ref) ? null : t('validation.externalRef');
    },
  };
}

/** Text input value → API value: trimmed, empty means null. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
