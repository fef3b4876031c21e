import type { TFunction } from 'i18next';
import { isApiError, type ApiError } from './api';

/**
 * Error codes the interface explains in its own words (the server's `message` is English, for
 * developers); others fall back to the status, then to the server's sentence.
 */
const MESSAGE_BY_CODE = {
  invalid_credentials: 'errors.invalidCredentials',
  too_many_attempts: 'errors.tooManyAttempts',
  too_many_requests: 'errors.tooManyRequests',
  unauthenticated: 'errors.unauthenticated',
  not_found: 'errors.notFound',
  validation_failed: 'errors.validation',
  bad_request: 'errors.badRequest',
  external_ref_taken: 'errors.externalRefTaken',
  email_taken: 'errors.emailTaken',
  cannot_deactivate_self: 'errors.cannotDeactivateSelf',
  password_required: 'errors.passwordRequired',
  invalid_cursor: 'errors.invalidCursor',
  internal_error: 'errors.server',
  payload_too_large: 'errors.payloadTooLarge',
  unsupported_media_type: 'errors.unsupportedMediaType',
  network_error: 'errors.network',
  // CSV import, whole file (the columns-related codes are handled below, with their details).
  invalid_csv: 'errors.invalidCsv',
  empty_file: 'errors.emptyFile',
  too_many_rows: 'errors.tooManyRows',
  file_missing: 'errors.fileMissing',
  // Budgets.
  budget_overlap: 'errors.budgetOverlap',
  // Tickets and mail.
  invalid_contact: 'errors.invalidContact',
  secret_key_missing: 'errors.secretKeyMissing',
  not_rateable: 'errors.notRateable',
} as const;

/** Every code that has a sentence of its own, for tests and for callers that want to know. */
export const KNOWN_ERROR_CODES: readonly string[] = [...Object.keys(MESSAGE_BY_CODE), 'unknown_columns', 'missing_columns'];

function hasMessage(code: string): code is keyof typeof MESSAGE_BY_CODE {
  return Object.hasOwn(MESSAGE_BY_CODE, code);
}

/** The string array `details[key]` of an error, or an empty list. */
function detailList(error: ApiError, key: string): string[] {
  const details = error.details;
  if (typeof details !== 'object' || details === null) return [];
  const list = (details as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

/** `a`, `b` → « a », « b » (quoted the way the user's language quotes; user input, rendered as text). */
function quotedList(t: TFunction, values: string[]): string {
  return values.map((value) => t('errors.quoted', { value })).join(', ');
}

/** Sentences that need the error's details (the CSV header's unknown or missing columns). */
function detailedMessage(t: TFunction, error: ApiError): string | null {
  if (error.code === 'unknown_columns') {
    const unknown = detailList(error, 'unknown');
    if (unknown.length === 0) return null;
    return t('errors.unknownColumns', { count: unknown.length, columns: quotedList(t, unknown) });
  }
  if (error.code === 'missing_columns') {
    const missing = detailList(error, 'missing');
    if (missing.length === 0) return null;
    return t('errors.missingColumns', { count: missing.length, columns: quotedList(t, missing) });
  }
  return null;
}

/** A sentence for the user, in their language, for any error thrown by an API call. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.generic');
  const detailed = detailedMessage(t, error);
  if (detailed) return detailed;
  if (hasMessage(error.code)) return t(MESSAGE_BY_CODE[error.code]);
  if (error.status === 429) return t('errors.tooManyRequests');
  if (error.status === 413) return t('errors.payloadTooLarge');
  if (error.status === 400) return t('errors.validation');
  if (error.status === 401) return t('errors.unauthenticated');
  if (error.status === 404) return t('errors.notFound');
  if (error.status >= 500) return t('errors.server');
  // A 4xx we have no words for: the server's own sentence is better than nothing.
  return error.message || t('errors.generic');
}
