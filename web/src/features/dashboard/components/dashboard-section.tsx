import { Paper, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface DashboardSectionProps {
  title: string;
  /** Shown instead of the content when there is nothing to list. */
  empty?: string;
  children: ReactNode;
}

/** A titled panel of the dashboard that lists rather than draws (latest ratings, budgets at risk). */
export function DashboardSection({ title, empty, children }: DashboardSectionProps) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={headingId}>
      <Title order={2} fz="lg" id={headingId} mb="sm">
        {title}
      </Title>
      {empty ? (
        <Text c="dimmed" fz="sm">
          {empty}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}
