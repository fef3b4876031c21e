import { WEEKDAYS, type Weekday } from '@guichet/contract/agents';
import { ActionIcon, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_RANGE, MAX_RANGES_PER_DAY, type DayValue, type HoursValues, type RangeValue } from './working-hours';

interface WorkingHoursEditorProps {
  value: HoursValues;
  onChange: (value: HoursValues) => void;
  /** Errors keyed like `mon.ranges.0.end` (and `mon` for the whole day). */
  errors: Record<string, ReactNode>;
}

/** The week, one row per day: « Travaillé » and one or two time ranges. */
export function WorkingHoursEditor({ value, onChange, errors }: WorkingHoursEditorProps) {
  const setDay = (day: Weekday, next: DayValue) => onChange({ ...value, [day]: next });
  return (
    <Stack gap="xs">
      {WEEKDAYS.map((day) => (
        <DayRow key={day} day={day} value={value[day]} onChange={(next) => setDay(day, next)} errors={errors} />
      ))}
    </Stack>
  );
}

interface DayRowProps {
  day: Weekday;
  value: DayValue;
  onChange: (value: DayValue) => void;
  errors: Record<string, ReactNode>;
}

function DayRow({ day, value, onChange, errors }: DayRowProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const dayError = errors[day];

  const toggle = (worked: boolean) =>
    onChange({ worked, ranges: worked && value.ranges.length === 0 ? [{ ...DEFAULT_RANGE }] : value.ranges });
  const setRange = (index: number, range: RangeValue) =>
    onChange({ ...value, ranges: value.ranges.map((r, i) => (i === index ? range : r)) });
  const addRange = () => {
    const last = value.ranges.at(-1);
    // A second range usually follows the first one: an afternoon after a morning.
    const next = !last ? { ...DEFAULT_RANGE } : last.end && last.end < '18:00' ? { start: last.end, end: '18:00' } : { start: '', end: '' };
    onChange({ ...value, ranges: [...value.ranges, next] });
  };
  const removeRange = (index: number) => {
    const ranges = value.ranges.filter((_, i) => i !== index);
    onChange({ worked: ranges.length > 0, ranges });
  };

  return (
    <Group
      role="group"
      aria-labelledby={labelId}
      align="flex-start"
      gap="sm"
      py={6}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Text id={labelId} fw={600} w={88} pt={6} style={{ flexShrink: 0 }}>
        {t(`agents.weekdays.${day}`)}
      </Text>
      <Switch
        label={t('agents.hours.worked')}
        checked={value.worked}
        onChange={(event) => toggle(event.currentTarget.checked)}
        pt={8}
        w={120}
        style={{ flexShrink: 0 }}
      />
      <Stack gap={6} miw={280} style={{ flex: 1 }}>
        {value.worked ? (
          <>
            {value.ranges.map((range, index) => {
              const n = index + 1;
              const path = `${day}.ranges.${index}`;
              return (
                <Group key={index} gap={6} align="flex-start" wrap="nowrap">
                  <TimeInput
                    aria-label={t('agents.hours.start', { n })}
                    value={range.start}
                    onChange={(event) => setRange(index, { ...range, start: event.currentTarget.value })}
                    error={errors[`${path}.start`]}
                    w={112}
                  />
                  <Text pt={6} aria-hidden>
                    –
                  </Text>
                  <TimeInput
                    aria-label={t('agents.hours.end', { n })}
                    value={range.end}
                    onChange={(event) => setRange(index, { ...range, end: event.currentTarget.value })}
                    error={errors[`${path}.end`]}
                    w={112}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={4}
                    aria-label={t('agents.hours.removeRange', { n })}
                    onClick={() => removeRange(index)}
                  >
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              );
            })}
            {value.ranges.length < MAX_RANGES_PER_DAY && (
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={addRange}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('agents.hours.addRange')}
              </Button>
            )}
          </>
        ) : (
          <Text c="dimmed" pt={6}>
            {t('agents.hours.dayOff')}
          </Text>
        )}
        {dayError && (
          <Text c="red" fz="sm" role="alert">
            {dayError}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
