import type { FormErrors } from '@mantine/form';
import { i18n } from '../i18n/i18n';
import { isApiError } from '../lib/api';
import { errorMessage } from '../lib/error-message';
import { fieldErrorsOf } from '../lib/form-errors';
import { notifyError } from './notify';

interface FormWithErrors {
  setErrors: (errors: FormErrors) => void;
}

/**
 * Shows a failed form submission where it belongs: 400 field problems and known conflicts
 * (e.g. `{ email_taken: 'email' }`) under their fields, anything else as a notification.
 */
export function showFormError(form: FormWithErrors, error: unknown, conflictFields: Record<string, string> = {}) {
  const fieldErrors = fieldErrorsOf(i18n.t, error);
  if (isApiError(error)) {
    const conflictField = conflictFields[error.code];
    if (conflictField) fieldErrors[conflictField] = errorMessage(i18n.t, error);
  }
  if (Object.keys(fieldErrors).length > 0) {
    form.setErrors(fieldErrors);
    return;
  }
  notifyError(error);
}
