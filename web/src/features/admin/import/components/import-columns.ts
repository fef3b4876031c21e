import { IMPORT_COLUMNS } from '@guichet/contract/clients';

type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export function isImportColumn(field: string): field is ImportColumn {
  return (IMPORT_COLUMNS as readonly string[]).includes(field);
}

export { IMPORT_COLUMNS };
