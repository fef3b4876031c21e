import { Button, Group } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface CursorPaginationProps {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  disabled?: boolean;
}

/** « Précédent / Suivant » for keyset-paginated lists. */
export function CursorPagination({ hasPrevious, hasNext, onPrevious, onNext, disabled }: CursorPaginationProps) {
  const { t } = useTranslation();
  if (!hasPrevious && !hasNext) return null;
  return (
    <Group component="nav" aria-label={t('common.pagination')} justify="flex-end" gap="xs">
      <Button
        variant="default"
        leftSection={<IconChevronLeft size={16} aria-hidden />}
        disabled={!hasPrevious || disabled}
        onClick={onPrevious}
      >
        {t('common.previous')}
      </Button>
      <Button
        variant="default"
        rightSection={<IconChevronRight size={16} aria-hidden />}
        disabled={!hasNext || disabled}
        onClick={onNext}
      >
        {t('common.next')}
      </Button>
    </Group>
  );
}
