import { Table } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

/** The usual « visually hidden » rules: out of the layout, still read by screen readers. */
const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

/**
 * A table's caption for screen readers only: it names the table (« Liste des tickets »…) without
 * showing as a stray grey line under it.
 */
export function HiddenCaption({ children }: { children: ReactNode }) {
  return <Table.Caption style={HIDDEN}>{children}</Table.Caption>;
}
