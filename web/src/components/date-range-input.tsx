import '@mantine/dates/styles.css';
import type { BoxProps } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface DateRangeInputProps {
  label: string;
  /** The range on screen, `YYYY-MM-DD` at both ends. */
  from: string;
  to: string;
  /** Called once both ends are picked. */
  onChange: (range: { from: string; to: string }) => void;
  w?: BoxProps['w'];
}

type PickerValue = [string | null, string | null];

/** A calendar to pick a range of days, weeks starting on Monday, in the interface language. */
export function DateRangeInput({ label, from, to, onChange, w }: DateRangeInputProps) {
  const { t, i18n } = useTranslation();

  // The range picker has a half-chosen state (start picked, end not yet) the URL does not keep.
  const [picked, setPicked] = useState<PickerValue>([from, to]);
  useEffect(() => setPicked([from, to]), [from, to]);
  const onPickerChange = (value: PickerValue) => {
    setPicked(value);
    const [start, end] = value;
    if (start && end) onChange({ from: start, to: end });
  };

  return (
    <DatesProvider settings={{ locale: i18n.resolvedLanguage ?? 'fr', firstDayOfWeek: 1 }}>
      <DatePickerInput
        type="range"
        label={label}
        leftSection={<IconCalendar size={16} aria-hidden />}
        value={picked}
        onChange={(value) => onPickerChange(value as PickerValue)}
        valueFormat="D MMM YYYY"
        allowSingleDateInRange
        ariaLabels={{
          nextMonth: t('dateRange.nextMonth'),
          previousMonth: t('dateRange.previousMonth'),
          nextYear: t('dateRange.nextYear'),
          previousYear: t('dateRange.previousYear'),
          nextDecade: t('dateRange.nextDecade'),
          previousDecade: t('dateRange.previousDecade'),
          monthLevelControl: t('dateRange.monthLevel'),
          yearLevelControl: t('dateRange.yearLevel'),
        }}
        w={w}
      />
    </DatesProvider>
  );
}
