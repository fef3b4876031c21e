import { Card, Group, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

interface FigureCardProps {
  label: string;
  value: ReactNode;
  /** A line under the value (« 12 évaluations »). */
  hint?: ReactNode;
  icon: ReactNode;
  color?: string;
}

/** One key figure: a term and its value in the figures' description list (`dl > div > dt + dd`). */
export function FigureCard({ label, value, hint, icon, color = 'indigo' }: FigureCardProps) {
  return (
    <Card withBorder radius="md" padding="md" component="div">
      <Group component="dt" justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text span fz="xs" c="dimmed" tt="uppercase" fw={600} lh={1.3}>
          {label}
        </Text>
        <ThemeIcon component="span" variant="light" color={color} size="md" radius="md" aria-hidden>
          {icon}
        </ThemeIcon>
      </Group>
      <Text component="dd" m={0} mt={4}>
        <Text
          span
          fw={700}
          lh={1.2}
          display="block"
          // Smaller on a phone's two columns, so that « 31 529,30 € » keeps to one line.
          style={{ fontSize: 'clamp(1.25rem, 0.9rem + 1.6vw, 1.625rem)', fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}
        >
          {value}
        </Text>
        {hint && (
          <Text span fz="sm" c="dimmed" display="block">
            {hint}
          </Text>
        )}
      </Text>
    </Card>
  );
}
