import type { Client } from '@guichet/contract/clients';
import { DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** The company's details as a description list; missing values say so. */
export function ClientDetails({ client }: { client: Client }) {
  const { t } = useTranslation();
  const orMissing = (value: string | null) =>
    value ?? (
      <Text span c="dimmed" fz="inherit">
        {t('common.notProvided')}
      </Text>
    );
  const { line1, line2, postalCode, city, country } = client.address;
  const cityLine = [postalCode, city].filter(Boolean).join(' ');
  const addressLines = [line1, line2, cityLine, country].filter((line): line is string => Boolean(line));

  return (
    <DataList labelWidth={170} withDivider>
      <Item label={t('clients.fields.name')}>{client.name}</Item>
      <Item label={t('clients.fields.externalRef')}>{orMissing(client.externalRef)}</Item>
      <Item label={t('clients.fields.companyId')}>{orMissing(client.companyId)}</Item>
      <Item label={t('clients.fields.email')}>{orMissing(client.email)}</Item>
      <Item label={t('clients.fields.phone')}>{orMissing(client.phone)}</Item>
      <Item label={t('clients.detail.address')}>
        {addressLines.length > 0
          ? addressLines.map((line, i) => (
              <Text key={i} fz="inherit">
                {line}
              </Text>
            ))
          : orMissing(null)}
      </Item>
      <Item label={t('clients.fields.notes')}>
        {client.notes ? (
          // Plain text: line breaks are kept, nothing is interpreted as HTML.
          <Text fz="inherit" style={{ whiteSpace: 'pre-wrap' }}>
            {client.notes}
          </Text>
        ) : (
          orMissing(null)
        )}
      </Item>
    </DataList>
  );
}
