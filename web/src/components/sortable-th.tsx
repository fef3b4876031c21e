import { Group, Table, Text, UnstyledButton, type TableThProps } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface SortableThProps<Field extends string> extends Omit<TableThProps, 'children'> {
  field: Field;
  label: string;
  /** The current sort: `field` ascending, `-field` descending. */
  sort: string;
  onSort: (sort: Field | `-${Field}`) => void;
}

/** A column header that sorts the list; announces its state with `aria-sort`. */
export function SortableTh<Field extends string>({ field, label, sort, onSort, ...thProps }: SortableThProps<Field>) {
  const { t } = useTranslation();
  const direction = sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : 'none';
  const Icon = direction === 'ascending' ? IconChevronUp : direction === 'descending' ? IconChevronDown : IconSelector;
  return (
    <Table.Th aria-sort={direction} {...thProps}>
      <UnstyledButton
        onClick={() => onSort(direction === 'ascending' ? `-${field}` : field)}
        title={t('common.sortBy', { column: label })}
      >
        <Group gap={4} wrap="nowrap">
          <Text fw={700} fz="sm" style={{ whiteSpace: 'nowrap' }}>
            {label}
          </Text>
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
