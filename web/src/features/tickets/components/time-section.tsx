import type { TimeEntry } from '@guichet/contract/time';
import type { Ticket } from '@guichet/contract/tickets';
import { ActionIcon, Button, Card, Divider, Group, Modal, NumberInput, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { IconPencil, IconPlayerPlay, IconPlayerStop, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal';
import { ErrorAlert } from '../../../components/error-alert';
import { showFormError } from '../../../components/form-error';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useCurrentUser } from '../../../lib/auth';
import { formatMinutes, localToday } from '../../../lib/duration';
import { useDateFormat } from '../../../lib/format';
import { formatCents } from '../../../lib/money';
import { useCreateTimeEntry } from '../api/create-time-entry';
import { useDeleteTimeEntry } from '../api/delete-time-entry';
import { useTimeEntries } from '../api/list-time-entries';
import { useUpdateTimeEntry } from '../api/update-time-entry';
import { formatElapsed, useTimer } from './use-timer';

interface EntryValues {
  workDate: string;
  /** '' while empty. */
  minutes: number | string;
  note: string;
}

function useEntryForm(initialValues: EntryValues) {
  const { t } = useTranslation();
  return useForm<EntryValues>({
    initialValues,
    validate: {
      workDate: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('tickets.time.dateRequired')),
      minutes: (value) => {
        const n = Number(value);
        return value !== '' && Number.isInteger(n) && n >= 1 && n <= 1440 ? null : t('tickets.time.minutesInvalid');
      },
      note: (value) => (value.length > 1000 ? t('validation.maxLength', { count: 1000 }) : null),
    },
  });
}

function EntryFields({ form }: { form: UseFormReturnType<EntryValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <Group grow align="flex-start">
        <TextInput type="date" label={t('tickets.time.workDate')} required {...form.getInputProps('workDate')} />
        <NumberInput
          label={t('tickets.time.minutes')}
          min={1}
          max={1440}
          allowDecimal={false}
          allowNegative={false}
          required
          {...form.getInputProps('minutes')}
        />
      </Group>
      <TextInput label={t('tickets.time.note')} maxLength={1000} {...form.getInputProps('note')} />
    </>
  );
}

const bodyOf = (values: EntryValues) => ({
  workDate: values.workDate,
  minutes: Number(values.minutes),
  note: values.note.trim() || null,
});

/** « Temps passé » (staff): total (and cost for admins), the entries, a stopwatch, « Ajouter du temps ». */
export function TimeSection({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { day } = useDateFormat();
  const admin = useCurrentUser().role === 'admin';
  const entries = useTimeEntries(ticket.id);
  const create = useCreateTimeEntry(ticket.id);
  const remove = useDeleteTimeEntry(ticket.id);
  const timer = useTimer(ticket.id);
  const [editing, setEditing] = useState<TimeEntry | null>(null);
  const [deleting, setDeleting] = useState<TimeEntry | null>(null);
  const form = useEntryForm({ workDate: localToday(), minutes: '', note: '' });

  const totalMinutes = entries.data?.totalMinutes ?? ticket.timeSpentMinutes;
  const totalCost = entries.data ? entries.data.totalCostCents : ticket.costCents;

  const submit = form.onSubmit((values) =>
    create.mutate(bodyOf(values), {
      onSuccess: () => {
        notifySuccess(t('tickets.time.added', { duration: formatMinutes(Number(values.minutes)) }));
        form.setValues({ workDate: localToday(), minutes: '', note: '' });
        form.resetDirty();
      },
      onError: (error) => showFormError(form, error),
    }),
  );

  const stopTimer = () => {
    form.setFieldValue('minutes', timer.stop());
    form.clearFieldError('minutes');
  };

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting.id, {
      onSuccess: () => {
        notifySuccess(t('tickets.time.deleted'));
        setDeleting(null);
      },
      onError: notifyError,
    });
  };

  return (
    <Card withBorder component="section" aria-labelledby="time-title" padding="lg">
      <Title order={2} fz="h3" id="time-title" mb="sm">
        {t('tickets.time.title')}
      </Title>
      <Stack gap="md">
        <Group gap="lg">
          <Text fw={600}>{t('tickets.time.total', { duration: formatMinutes(totalMinutes) })}</Text>
          {admin && totalCost !== undefined && <Text fw={600}>{t('tickets.time.cost', { amount: formatCents(totalCost) })}</Text>}
        </Group>

        {entries.isPending ? (
          <Skeleton height={40} aria-busy />
        ) : entries.isError ? (
          <ErrorAlert error={entries.error} onRetry={() => void entries.refetch()} />
        ) : entries.data.items.length === 0 ? (
          <Text c="dimmed" fz="sm">
            {t('tickets.time.empty')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('tickets.time.listLabel')}>
            {entries.data.items.map((entry) => (
              <li key={entry.id}>
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Text fz="sm">
                      <Text span fw={600} fz="inherit">
                        {formatMinutes(entry.minutes)}
                      </Text>
                      {' · '}
                      {day(entry.workDate)}
                      {' · '}
                      {entry.agent.name}
                      {admin && entry.costCents !== undefined && ` · ${formatCents(entry.costCents)}`}
                    </Text>
                    {entry.note && (
                      <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                        {entry.note}
                      </Text>
                    )}
                  </div>
                  {entry.editable && (
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('tickets.time.edit', { date: day(entry.workDate) })}
                        onClick={() => setEditing(entry)}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('tickets.time.delete', { date: day(entry.workDate) })}
                        onClick={() => setDeleting(entry)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  )}
                </Group>
              </li>
            ))}
          </Stack>
        )}

        <Divider />

        <Group gap="sm">
          {timer.running ? (
            <>
              <Text ff="monospace" fw={600} role="timer" aria-label={t('tickets.time.timerRunning')}>
                {formatElapsed(timer.elapsedMs)}
              </Text>
              <Button size="xs" variant="light" color="red" leftSection={<IconPlayerStop size={14} aria-hidden />} onClick={stopTimer}>
                {t('tickets.time.stopTimer')}
              </Button>
            </>
          ) : (
            <Button size="xs" variant="light" leftSection={<IconPlayerPlay size={14} aria-hidden />} onClick={timer.start}>
              {t('tickets.time.startTimer')}
            </Button>
          )}
        </Group>

        <form onSubmit={submit} noValidate aria-labelledby="time-add-title">
          <Stack gap="sm">
            <Title order={3} fz="h4" id="time-add-title">
              {t('tickets.time.addTitle')}
            </Title>
            <EntryFields form={form} />
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending}>
                {t('tickets.time.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('tickets.time.editTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && <EditEntryForm key={editing.id} ticketId={ticket.id} entry={editing} onDone={() => setEditing(null)} />}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('tickets.time.deleteTitle')}
        message={
          deleting
            ? t('tickets.time.deleteMessage', { duration: formatMinutes(deleting.minutes), date: day(deleting.workDate) })
            : ''
        }
        confirmLabel={t('tickets.time.deleteConfirm')}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
        loading={remove.isPending}
      />
    </Card>
  );
}

function EditEntryForm({ ticketId, entry, onDone }: { ticketId: string; entry: TimeEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTimeEntry(ticketId);
  const form = useEntryForm({ workDate: entry.workDate, minutes: entry.minutes, note: entry.note ?? '' });
  const submit = form.onSubmit((values) =>
    update.mutate(
      { entryId: entry.id, body: bodyOf(values) },
      {
        onSuccess: () => {
          notifySuccess(t('tickets.time.updated'));
          onDone();
        },
        onError: (error) => showFormError(form, error),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <EntryFields form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
