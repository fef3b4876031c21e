import type { ImportRowResult } from '@guichet/contract/clients';
import type { TFunction } from 'i18next';

type RowError = ImportRowResult['errors'][number];

/** Row error codes of the CSV import that have a sentence of their own. */
const ROW_MESSAGE_BY_CODE = {
  missing_reference: 'import.rowErrors.missingReference',
  invalid_reference: 'import.rowErrors.invalidReference',
  missing_name: 'import.rowErrors.missingName',
  invalid_email: 'import.rowErrors.invalidEmail',
  invalid_active: 'import.rowErrors.invalidActive',
  duplicate_in_file: 'import.rowErrors.duplicateInFile',
  write_failed: 'import.rowErrors.writeFailed',
} as const;

function hasRowMessage(code: string): code is keyof typeof ROW_MESSAGE_BY_CODE {
  return Object.hasOwn(ROW_MESSAGE_BY_CODE, code);
}

/**
 * Why a CSV row was rejected, in the user's language, from the stable `code`: `invalid_<field>`
 * without a sentence of its own is « valeur invalide » (the column is shown next to it); the
 * server's English `message` only for a code this version doesn't know.
 */
export function rowErrorMessage(t: TFunction, error: RowError): string {
  if (hasRowMessage(error.code)) return t(ROW_MESSAGE_BY_CODE[error.code]);
  if (error.code.startsWith('invalid_')) return t('import.rowErrors.invalid');
  return error.message;
}
