import type { TFunction } from 'i18next';
import { isApiError } from './api';

/** Validation codes the server may attach to a field problem (`details[].code`). */
const FIELD_MESSAGE_BY_CODE = {
  required: 'validation.required',
  invalid_email: 'validation.email',
  too_short: 'validation.tooShort',
  too_long: 'validation.tooLong',
  invalid_format: 'validation.invalidFormat',
  invalid: 'validation.invalid',
  secret_key_missing: 'errors.secretKeyMissing',
} as const;

function hasFieldMessage(code: string): code is keyof typeof FIELD_MESSAGE_BY_CODE {
  return Object.hasOwn(FIELD_MESSAGE_BY_CODE, code);
}

/** `body.address.city` or `/address/city` → `address.city`, the path the form uses. */
export function formPath(field: string): string {
  return field
    .replace(/^\//, '')
    .replaceAll('/', '.')
    .replace(/^(body|querystring|params)\./, '');
}

/**
 * The per-field errors of a 400 answer, keyed by form path, ready for `form.setErrors`.
 * `rename` maps API paths to form paths where they differ. Empty when the error has none.
 */
export function fieldErrorsOf(
  t: TFunction,
  error: unknown,
  rename: Record<string, string> = {},
): Record<string, string> {
  if (!isApiError(error) || error.status !== 400) return {};
  const errors: Record<string, string> = {};
  for (const problem of error.fieldProblems) {
    const path = formPath(problem.field);
    const key = rename[path] ?? path;
    // Known codes in the user's language; the server's (English) sentence only for a code we don't know.
    const message =
      problem.code && hasFieldMessage(problem.code) ? t(FIELD_MESSAGE_BY_CODE[problem.code]) : problem.message;
    errors[key] ??= message;
  }
  return errors;
}
