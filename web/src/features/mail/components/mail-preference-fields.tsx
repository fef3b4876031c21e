import type { MailCategory } from '@guichet/contract/mail';
import { Group, Radio, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../i18n/i18n';
import type { PreferenceValues } from './preference-values';

const KNOWN: readonly MailCategory[] = [
  'client_reply',
  'assignment',
  'status_change',
  'budget_alert',
  'ticket_opened',
  'agent_reply',
  'resolution',
  'closing',
];

interface MailPreferenceFieldsProps {
  values: PreferenceValues;
  onChange: (values: PreferenceValues) => void;
  disabled?: boolean;
}

/** One switch per kind of mail the person can receive, and the language of those mails. */
export function MailPreferenceFields({ values, onChange, disabled }: MailPreferenceFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Switch.Group
        label={t('mail.preferences.categoriesLegend')}
        description={t('mail.preferences.categoriesHelp')}
        value={values.order.filter((category) => values.enabled[category])}
        onChange={(checked) =>
          onChange({ ...values, enabled: Object.fromEntries(values.order.map((c) => [c, checked.includes(c)])) })
        }
      >
        <Stack gap="sm" mt="sm">
          {values.order.map((category) => (
            <Switch
              key={category}
              value={category}
              label={KNOWN.includes(category) ? t(`mail.categories.${category}`) : category}
              disabled={disabled}
            />
          ))}
        </Stack>
      </Switch.Group>
      <Radio.Group
        label={t('mail.preferences.locale')}
        value={values.locale}
        onChange={(locale) => onChange({ ...values, locale: locale === 'en' ? 'en' : 'fr' })}
      >
        <Group gap="lg" mt={6}>
          {LOCALES.map((locale) => (
            <Radio key={locale} value={locale} label={t(`languages.${locale}`)} lang={locale} disabled={disabled} />
          ))}
        </Group>
      </Radio.Group>
    </Stack>
  );
}
