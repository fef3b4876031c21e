import type { TFunction } from 'i18next';
import { isApiError } from './api';

/** Error codes the interface explains in its own words; others fall back to the status. */
const MESSAGE_BY_CODE = {
  invalid_credentials: 'errors.invalidCredentials',
  too_many_attempts: 'errors.tooManyAttempts',
  too_many_requests: 'errors.tooManyRequests',
  unauthenticated: 'errors.unauthenticated',
  not_found: 'errors.notFound',
  validation_failed: 'errors.validation',
  external_ref_taken: 'errors.externalRefTaken',
  email_taken: 'errors.emailTaken',
  cannot_deactivate_self: 'errors.cannotDeactivateSelf',
  payload_too_large: 'errors.payloadTooLarge',
  unsupported_media_type: 'errors.unsupportedMediaType',
  network_error: 'errors.network',
} as const;

function hasMessage(code: string): code is keyof typeof MESSAGE_BY_CODE {
  return Object.hasOwn(MESSAGE_BY_CODE, code);
}

/** A sentence for the user, in their language, for any error thrown by an API call. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.generic');
  if (hasMessage(error.code)) return t(MESSAGE_BY_CODE[error.code]);
  if (error.status === 429) return t('errors.tooManyRequests');
  if (error.status === 400) return t('errors.validation');
  if (error.status === 401) return t('errors.unauthenticated');
  if (error.status === 404) return t('errors.notFound');
  if (error.status >= 500) return t('errors.server');
  // A 4xx we have no words for: the server's own sentence is better than nothing.
  return error.message || t('errors.generic');
}
