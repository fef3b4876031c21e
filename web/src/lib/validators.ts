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
    password: (value: string) =>
      value.length < 10
        ? t('validation.minLength', { count: 10 })
        : value.length > 200
          ? t('validation.maxLength', { count: 200 })
          : null,
    externalRef: (value: string) => {
      const ref = value.trim();
      if (!ref) return null;
      return ref.length <= 64 && /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(ref) ? null : t('validation.externalRef');
    },
  };
}

type Rule = (value: string) => string | null;

/** The first message of several rules: `all(v.required, v.maxLength(120))`. */
export function all(...rules: Rule[]): Rule {
  return (value) => {
    for (const rule of rules) {
      const message = rule(value);
      if (message) return message;
    }
    return null;
  };
}

/** Text input value → API value: trimmed, empty means null. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
