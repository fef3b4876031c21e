import type { Agent } from '@guichet/contract/agents';
import type { CreateRateBody } from '@guichet/contract/time';
import { Button, Group, List, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal';
import { ErrorAlert } from '../../../components/error-alert';
import { showFormError } from '../../../components/form-error';
import { notifySuccess } from '../../../components/notify';
import { localToday } from '../../../lib/duration';
import { useDateFormat } from '../../../lib/format';
import { formatCents, parseCents } from '../../../lib/money';
import { useCreateRate } from '../api/create-rate';
import { useRates } from '../api/list-rates';
import { usePreviewRate } from '../api/preview-rate';

interface RateValues {
  hourlyRate: string;
  effectiveFrom: string;
}

/** « Coût horaire » (admin): the agent's rate history and « Nouveau taux », previewed before it re-prices. */
export function RatesSection({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { day } = useDateFormat();
  const rates = useRates(agent.id);
  const preview = usePreviewRate(agent.id);
  const create = useCreateRate(agent.id);
  const [pending, setPending] = useState<{ body: CreateRateBody; entries: number; deltaCents: number } | null>(null);
  const currency = rates.data?.currency ?? 'EUR';
  const form = useForm<RateValues>({
    initialValues: { hourlyRate: '', effectiveFrom: localToday() },
    validate: {
      hourlyRate: (value) => (parseCents(value) === null ? t('agents.rates.rateInvalid') : null),
      effectiveFrom: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('agents.rates.dateRequired')),
    },
  });

  const apply = (body: CreateRateBody) =>
    create.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('agents.rates.saved', { amount: formatCents(body.hourlyRateCents, currency) }));
        setPending(null);
        form.setFieldValue('hourlyRate', '');
      },
      onError: (error) => {
        setPending(null);
        showFormError(form, error, {});
      },
    });

  const submit = form.onSubmit((values) => {
    const hourlyRateCents = parseCents(values.hourlyRate);
    if (hourlyRateCents === null) return;
    const body = { effectiveFrom: values.effectiveFrom, hourlyRateCents };
    preview.mutate(body, {
      onSuccess: (result) => {
        if (result.entries > 0) setPending({ body, entries: result.entries, deltaCents: result.deltaCents });
        else apply(body);
      },
      onError: (error) => showFormError(form, error),
    });
  });

  const items = [...(rates.data?.items ?? [])].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const signed = (cents: number) => (cents > 0 ? `+${formatCents(cents, currency)}` : formatCents(cents, currency));

  return (
    <Stack gap="sm">
      <Title order={3} fz="h4">
        {t('agents.rates.title')}
      </Title>
      {rates.isPending ? (
        <Skeleton height={40} aria-busy />
      ) : rates.isError ? (
        <ErrorAlert error={rates.error} onRetry={() => void rates.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('agents.rates.empty')}</Text>
      ) : (
        <List spacing={4} fz="sm" aria-label={t('agents.rates.listLabel', { name: agent.name })}>
          {items.map((rate) => (
            <List.Item key={rate.id}>
              {t('agents.rates.item', { amount: formatCents(rate.hourlyRateCents, currency), date: day(rate.effectiveFrom) })}
            </List.Item>
          ))}
        </List>
      )}

      <form onSubmit={submit} noValidate aria-labelledby={`rate-form-${agent.id}`}>
        <Stack gap="sm">
          <Title order={4} fz="h5" id={`rate-form-${agent.id}`}>
            {t('agents.rates.formTitle')}
          </Title>
          <Group grow align="flex-start">
            <TextInput
              label={t('agents.rates.rate')}
              description={t('agents.rates.rateHelp')}
              inputMode="decimal"
              autoComplete="off"
              required
              {...form.getInputProps('hourlyRate')}
            />
            <TextInput type="date" label={t('agents.rates.effectiveFrom')} required {...form.getInputProps('effectiveFrom')} />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={preview.isPending || (create.isPending && pending === null)}>
              {t('agents.rates.submit')}
            </Button>
          </Group>
        </Stack>
      </form>

      <ConfirmModal
        opened={pending !== null}
        title={t('agents.rates.confirmTitle')}
        message={
          pending ? t('agents.rates.confirmMessage', { entries: pending.entries, delta: signed(pending.deltaCents) }) : ''
        }
        confirmLabel={t('agents.rates.confirm')}
        color="blue"
        onConfirm={() => pending && apply(pending.body)}
        onClose={() => setPending(null)}
        loading={create.isPending}
      />
    </Stack>
  );
}
