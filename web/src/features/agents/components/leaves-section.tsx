import '@mantine/dates/styles.css';
import type { Agent, Leave } from '@guichet/contract/agents';
import { ActionIcon, Badge, Button, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendarPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal';
import { showFormError } from '../../../components/form-error';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useAddLeave } from '../api/add-leave';
import { useDeleteLeave } from '../api/delete-leave';
import { nextLeave, useLeaveFormat } from './leave-dates';
import { todayIn } from './time-zones';

/** The agent's leaves (days off that override the working hours), with « Ajouter un congé » and delete. */
export function LeavesSection({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { period } = useLeaveFormat();
  const remove = useDeleteLeave();
  const [deleting, setDeleting] = useState<Leave | null>(null);
  const today = todayIn(agent.timezone);
  const current = nextLeave(agent.leaves, today);
  const leaves = [...agent.leaves].sort((a, b) => a.startsOn.localeCompare(b.startsOn));

  const confirmDelete = (leave: Leave) =>
    remove.mutate(
      { agentId: agent.id, leaveId: leave.id },
      {
        onSuccess: () => {
          notifySuccess(t('agents.leaves.deleted', { period: period(leave) }));
          setDeleting(null);
        },
        onError: notifyError,
      },
    );

  return (
    <Stack gap="sm">
      <Title order={3} fz="h4">
        {t('agents.leaves.title')}
      </Title>
      {leaves.length === 0 ? (
        <Text c="dimmed">{t('agents.leaves.empty')}</Text>
      ) : (
        <Table verticalSpacing="xs" aria-label={t('agents.leaves.tableCaption', { name: agent.name })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agents.leaves.columns.period')}</Table.Th>
              <Table.Th>{t('agents.leaves.columns.note')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {leaves.map((leave) => {
              const past = leave.endsOn < today;
              return (
                <Table.Tr key={leave.id} c={past ? 'dimmed' : undefined}>
                  <Table.Td>
                    {period(leave)}{' '}
                    {leave.id === current?.id && leave.startsOn <= today && (
                      <Badge variant="light" color="orange" size="sm">
                        {t('agents.leaves.ongoing')}
                      </Badge>
                    )}
                    {past && (
                      <Badge variant="light" color="gray" size="sm">
                        {t('agents.leaves.past')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{leave.note ?? ''}</Table.Td>
                  <Table.Td ta="end">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('agents.leaves.delete', { period: period(leave) })}
                      onClick={() => setDeleting(leave)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}

      <AddLeaveForm agentId={agent.id} />

      {deleting && (
        <ConfirmModal
          opened
          title={t('agents.leaves.deleteTitle')}
          message={t('agents.leaves.deleteMessage', { period: period(deleting), name: agent.name })}
          confirmLabel={t('agents.leaves.deleteConfirm')}
          onConfirm={() => confirmDelete(deleting)}
          onClose={() => setDeleting(null)}
          loading={remove.isPending}
        />
      )}
    </Stack>
  );
}

interface LeaveValues {
  period: [string | null, string | null];
  note: string;
}

function AddLeaveForm({ agentId }: { agentId: string }) {
  const { t, i18n } = useTranslation();
  const { period } = useLeaveFormat();
  const add = useAddLeave();
  const form = useForm<LeaveValues>({
    initialValues: { period: [null, null], note: '' },
    validate: {
      period: ([start, end]) => (start && end ? null : t('agents.leaves.periodRequired')),
      note: (value) => (value.trim().length <= 200 ? null : t('validation.maxLength', { count: 200 })),
    },
  });

  const submit = form.onSubmit(({ period: [startsOn, endsOn], note }) => {
    if (!startsOn || !endsOn) return;
    add.mutate(
      { agentId, body: { startsOn, endsOn, note: note.trim() || null } },
      {
        onSuccess: () => {
          notifySuccess(t('agents.leaves.added', { period: period({ startsOn, endsOn }) }));
          form.reset();
        },
        onError: (error) =>
          showFormError(
            {
              setErrors: (errors) =>
                form.setErrors({
                  period: errors.startsOn ?? errors.endsOn ?? undefined,
                  note: errors.note ?? undefined,
                }),
            },
            error,
          ),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('agents.leaves.addFormLabel')}>
      <DatesProvider settings={{ locale: i18n.resolvedLanguage ?? 'fr', firstDayOfWeek: 1 }}>
        <Group align="flex-start" gap="sm">
          <DatePickerInput
            type="range"
            allowSingleDateInRange
            label={t('agents.leaves.period')}
            placeholder={t('agents.leaves.periodPlaceholder')}
            valueFormat="D MMM YYYY"
            required
            nextLabel={t('agents.leaves.nextMonth')}
            previousLabel={t('agents.leaves.previousMonth')}
            w={{ base: '100%', xs: 260 }}
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('period')}
          />
          <TextInput
            label={t('agents.leaves.note')}
            placeholder={t('agents.leaves.notePlaceholder')}
            maxLength={200}
            style={{ flex: 1 }}
            miw={180}
            {...form.getInputProps('note')}
          />
        </Group>
      </DatesProvider>
      <Group justify="flex-end" mt="sm">
        <Button type="submit" variant="light" leftSection={<IconCalendarPlus size={16} aria-hidden />} loading={add.isPending}>
          {t('agents.leaves.add')}
        </Button>
      </Group>
    </form>
  );
}
