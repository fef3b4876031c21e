import type { Budget } from '@guichet/contract/budgets';
import { Button, Group } from '@mantine/core';
import { IconCopy, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface BudgetActionHandlers {
  onEdit: (budget: Budget) => void;
  onCopy: (budget: Budget) => void;
  onDelete: (budget: Budget) => void;
}

/** « Modifier », « Copier sur les périodes suivantes », « Supprimer » for one budget (admins). */
export function BudgetActions({ budget, label, onEdit, onCopy, onDelete }: BudgetActionHandlers & { budget: Budget; label: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={label}>
      <Button variant="default" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onEdit(budget)}>
        {t('budgets.actions.edit')}
      </Button>
      <Button variant="default" size="xs" leftSection={<IconCopy size={14} aria-hidden />} onClick={() => onCopy(budget)}>
        {t('budgets.actions.copy')}
      </Button>
      <Button variant="light" color="red" size="xs" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => onDelete(budget)}>
        {t('budgets.actions.delete')}
      </Button>
    </Group>
  );
}
