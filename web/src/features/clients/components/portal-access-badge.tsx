import type { Contact } from '@guichet/contract/clients';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS = { none: 'gray', active: 'green', disabled: 'orange' } as const;

export function PortalAccessBadge({ access }: { access: Contact['portalAccess'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[access]} variant="light">
      {t(`contacts.portalStatus.${access}`)}
    </Badge>
  );
}
