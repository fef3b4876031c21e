import { SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The page's shape while the first report loads: figure cards, then chart cards. */
export function DashboardSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy aria-label={t('dashboard.loading')} role="status">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} height={104} radius="md" />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {Array.from({ length: 2 }, (_, i) => (
          <Skeleton key={i} height={320} radius="md" />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
