import { EmptyState as MantineEmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  description?: string;
  /** Heading level of the title, to keep headings in order on the page. */
  order?: 1 | 2 | 3 | 4;
  children?: ReactNode;
}

/** An illustrated "nothing here (yet)" block: icon, heading, sentence, optional actions. */
export function EmptyState({ icon, title, description, order = 2, children }: EmptyStateProps) {
  return (
    <MantineEmptyState withIndicatorBackground py="xl">
      <MantineEmptyState.Indicator aria-hidden>{icon}</MantineEmptyState.Indicator>
      <MantineEmptyState.Title order={order}>{title}</MantineEmptyState.Title>
      {description && <MantineEmptyState.Description>{description}</MantineEmptyState.Description>}
      {children && <MantineEmptyState.Actions>{children}</MantineEmptyState.Actions>}
    </MantineEmptyState>
  );
}
