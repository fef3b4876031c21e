import type { FormErrors } from '@mantine/form';
import { i18n } from '../i18n/i18n';
import { isApiError } from '../lib/api';
import { errorMessage } from '../lib/error-message';
import { fieldErrorsOf } from '../lib/form-errors';
import { notifyError } from './notify';

interface FormWithErrors {
  setErrors: (errors: FormErrors) => void;
  /** When given, problems about fields the form doesn't have are not hidden under a missing field. */
  getValues?: () => unknown;
}

/** Whether `path` (`address.city`) names a value of the form. */
function hasPath(values: unknown, path: string): boolean {
  let node = values;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
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
  const values = form.getValues?.();
  const placed = Object.fromEntries(
    Object.entries(fieldErrors).filter(([path]) => values === undefined || hasPath(values, path)),
  );
  if (Object.keys(placed).length > 0) form.setErrors(placed);
  // Nothing (or not everything) could be shown under a field: say it in a notification too.
  if (Object.keys(placed).length === 0 || Object.keys(placed).length < Object.keys(fieldErrors).length) {
    notifyError(error);
  }
}
