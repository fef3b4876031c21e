import type { Agent } from '@guichet/contract/agents';
import { Alert, Button, Divider, Drawer, Group, NativeSelect, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/notify';
import { i18n } from '../../../i18n/i18n';
import { isApiError } from '../../../lib/api';
import { useCurrentUser } from '../../../lib/auth';
import { fieldErrorsOf, formPath } from '../../../lib/form-errors';
import { useUpdateAgent } from '../api/update-agent';
import { LeavesSection } from './leaves-section';
import { RatesSection } from './rates-section';
import { timeZoneOptions } from './time-zones';
import { hoursFromApi, hoursProblems, hoursToApi, type HoursValues } from './working-hours';
import { WorkingHoursEditor } from './working-hours-editor';

interface AgentScheduleDrawerProps {
  /** The agent to edit; the drawer is closed when null. */
  agent: Agent | null;
  onClose: () => void;
}

/** « Horaires de {nom} »: time zone, weekly working hours, capacity, and leaves. */
export function AgentScheduleDrawer({ agent, onClose }: AgentScheduleDrawerProps) {
  const { t } = useTranslation();
  const admin = useCurrentUser().role === 'admin';
  return (
    <Drawer
      opened={agent !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={agent ? t('agents.schedule.title', { name: agent.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      {agent && (
        <Stack gap="lg">
          <ScheduleForm key={agent.id} agent={agent} />
          <Divider />
          <LeavesSection agent={agent} />
          {admin && (
            <>
              <Divider />
              <RatesSection key={agent.id} agent={agent} />
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}

interface ScheduleValues {
  timezone: string;
  /** '' = no limit. */
  capacity: number | string;
  hours: HoursValues;
}

/** API field paths (`workingHours.mon.0.end`) → form paths (`hours.mon.ranges.0.end`). */
function toFormPath(path: string): string | null {
  if (path === 'timezone' || path === 'capacity') return path;
  // A range: `workingHours.mon.0.end`; a whole day: `workingHours.mon` (e.g. too many ranges).
  const range = /^workingHours\.(\w+)\.(\d+)\.(start|end)$/.exec(path);
  if (range) return `hours.${range[1]}.ranges.${range[2]}.${range[3]}`;
  const day = /^workingHours\.(\w+)(\.|$)/.exec(path);
  if (day) return `hours.${day[1]}`;
  return null;
}

function ScheduleForm({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const update = useUpdateAgent();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<ScheduleValues>({
    initialValues: {
      timezone: agent.timezone,
      capacity: agent.capacity ?? '',
      hours: hoursFromApi(agent.workingHours),
    },
    validate: (values) => {
      const errors: Record<string, ReactNode> = {};
      for (const [path, kind] of Object.entries(hoursProblems(values.hours))) {
        errors[`hours.${path}`] = t(`agents.hours.errors.${kind}`);
      }
      if (values.capacity !== '') {
        const capacity = Number(values.capacity);
        if (!Number.isInteger(capacity) || capacity < 1 || capacity > 10_000) {
          errors.capacity = t('agents.schedule.capacityInvalid');
        }
      }
      return errors;
    },
  });

  /** The editor's errors, keyed without the `hours.` prefix. */
  const hourErrors = Object.fromEntries(
    Object.entries(form.errors)
      .filter(([path]) => path.startsWith('hours.'))
      .map(([path, message]) => [path.slice('hours.'.length), message]),
  );

  const setHours = (hours: HoursValues) => {
    form.setFieldValue('hours', hours);
    // Any earlier problem may be fixed now; they are checked again on save.
    form.setErrors(Object.fromEntries(Object.entries(form.errors).filter(([path]) => !path.startsWith('hours.'))));
    setProblem(null);
  };

  const submit = form.onSubmit((values) => {
    setProblem(null);
    update.mutate(
      {
        id: agent.id,
        body: {
          timezone: values.timezone,
          workingHours: hoursToApi(values.hours),
          capacity: values.capacity === '' ? null : Number(values.capacity),
        },
      },
      {
        onSuccess: (saved) => {
          form.resetDirty();
          notifySuccess(t('agents.schedule.saved', { name: saved.name }));
        },
        onError: (error) => {
          const apiErrors = fieldErrorsOf(i18n.t, error);
          const problems = isApiError(error) ? error.fieldProblems : [];
          const formErrors: Record<string, string> = {};
          const unplaced: string[] = [];
          for (const [path, message] of Object.entries(apiErrors)) {
            const target = toFormPath(path);
            if (!target) {
              unplaced.push(message);
              continue;
            }
            // The contract's « start before end » rule comes back as a bare `invalid` on `end`: say it plainly.
            const code = problems.find((p) => formPath(p.field) === path)?.code;
            formErrors[target] ??=
              target.endsWith('.end') && code !== 'required' && code !== 'invalid_format'
                ? t('agents.hours.errors.endBeforeStart')
                : message;
          }
          if (Object.keys(formErrors).length > 0 || unplaced.length > 0) {
            form.setErrors(formErrors);
            setProblem(unplaced.length > 0 ? unplaced.join(' ') : t('errors.validation'));
            return;
          }
          notifyError(error);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {problem}
          </Alert>
        )}
        <Group align="flex-start" grow preventGrowOverflow={false}>
          <NativeSelect
            label={t('agents.fields.timezone')}
            description={t('agents.schedule.timezoneHelp')}
            data={timeZoneOptions(agent.timezone)}
            {...form.getInputProps('timezone')}
          />
          <NumberInput
            label={t('agents.fields.capacity')}
            description={t('agents.schedule.capacityHelp')}
            placeholder={t('agents.schedule.noLimit')}
            min={1}
            max={10_000}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('capacity')}
          />
        </Group>

        <Stack gap={4}>
          <Title order={3} fz="h4">
            {t('agents.hours.title')}
          </Title>
          <Text c="dimmed" fz="sm">
            {t('agents.hours.help', { timezone: form.values.timezone })}
          </Text>
        </Stack>
        <WorkingHoursEditor value={form.values.hours} onChange={setHours} errors={hourErrors} />

        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('agents.schedule.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
