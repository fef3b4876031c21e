import { FILE_TYPES, type Settings } from '@guichet/contract/settings';
import { Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../../components/notify';
import { fieldErrorsOf } from '../../../../lib/form-errors';
import { useUpdateSettings } from '../api/update-settings';
import { bytesToMb, MAX_FILE_MB, mbToBytes, MIN_FILE_MB } from './file-size';
import { companyTimeZones } from './time-zones';

type FileType = (typeof FILE_TYPES)[number];

const FILE_TYPE_LABEL_KEYS = {
  'image/png': 'settings.fileTypes.png',
  'image/jpeg': 'settings.fileTypes.jpeg',
  'image/gif': 'settings.fileTypes.gif',
  'image/webp': 'settings.fileTypes.webp',
  'application/pdf': 'settings.fileTypes.pdf',
  'text/plain': 'settings.fileTypes.text',
} as const satisfies Record<FileType, string>;

interface SettingsValues {
  autoCloseDays: number | string;
  autoAssign: boolean;
  maxFileMb: number | string;
  allowedFileTypes: string[];
  timeZone: string;
}

const FIELDS: readonly string[] = ['autoCloseDays', 'autoAssign', 'maxFileMb', 'allowedFileTypes', 'timeZone'];

/** Short values: the input is narrow, its label and help use the full width. */
const NARROW_INPUT = { wrapper: { maxWidth: 260 } };

const isFileType = (value: string): value is FileType => (FILE_TYPES as readonly string[]).includes(value);

export function SettingsForm({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateSettings();
  const form = useForm<SettingsValues>({
    initialValues: {
      autoCloseDays: settings.autoCloseDays,
      autoAssign: settings.autoAssign,
      maxFileMb: bytesToMb(settings.maxFileBytes),
      allowedFileTypes: [...settings.allowedFileTypes],
      timeZone: settings.timeZone,
    },
    validate: {
      autoCloseDays: (value) => {
        const days = Number(value);
        return value !== '' && Number.isInteger(days) && days >= 0 && days <= 365 ? null : t('settings.autoCloseInvalid');
      },
      maxFileMb: (value) => {
        const mb = Number(value);
        return value !== '' && Number.isFinite(mb) && mb >= MIN_FILE_MB && mb <= MAX_FILE_MB
          ? null
          : t('settings.maxFileSizeInvalid', { max: MAX_FILE_MB });
      },
      allowedFileTypes: (value) => (value.length > 0 ? null : t('settings.fileTypesRequired')),
    },
  });

  const submit = form.onSubmit((values) =>
    update.mutate(
      {
        autoCloseDays: Number(values.autoCloseDays),
        autoAssign: values.autoAssign,
        maxFileBytes: mbToBytes(Number(values.maxFileMb)),
        // Kept in the order of the list, whatever order they were ticked in.
        allowedFileTypes: FILE_TYPES.filter((type) => values.allowedFileTypes.includes(type)),
        timeZone: values.timeZone,
      },
      {
        onSuccess: (saved) => {
          form.setInitialValues({
            autoCloseDays: saved.autoCloseDays,
            autoAssign: saved.autoAssign,
            maxFileMb: bytesToMb(saved.maxFileBytes),
            allowedFileTypes: saved.allowedFileTypes.filter(isFileType),
            timeZone: saved.timeZone,
          });
          form.resetDirty();
          notifySuccess(t('settings.saved'));
        },
        onError: (error) => {
          // The API speaks bytes, the form megabytes: `maxFileBytes` problems go under the MB field.
          const errors = fieldErrorsOf(i18n.t, error, { maxFileBytes: 'maxFileMb' });
          const placed: Record<string, string> = {};
          let unplaced = Object.keys(errors).length === 0;
          for (const [path, message] of Object.entries(errors)) {
            const field = path.split('.')[0] ?? path; // `allowedFileTypes.2` → the checkbox group
            if (FIELDS.includes(field)) placed[field] ??= message;
            else unplaced = true;
          }
          form.setErrors(placed);
          if (unplaced) notifyError(error);
        },
      },
    ),
  );

  const days = Number(form.values.autoCloseDays);
  const autoAssignHelpId = useId();
  const timeZones = useMemo(() => companyTimeZones(settings.timeZone), [settings.timeZone]);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={720}>
        <Fieldset legend={t('settings.ticketsLegend')}>
          <Stack gap="md">
            <NumberInput
              label={t('settings.autoCloseDays')}
              description={t('settings.autoCloseHelp')}
              min={0}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              styles={NARROW_INPUT}
              {...form.getInputProps('autoCloseDays')}
            />
            <Text fz="sm" c="dimmed" aria-live="polite">
              {form.values.autoCloseDays === '' || !Number.isInteger(days)
                ? ''
                : days === 0
                  ? t('settings.autoCloseOff')
                  : t('settings.autoCloseOn', { count: days })}
            </Text>
            <Stack gap={4}>
              {/* The help is beside the switch, not inside its label: the switch's name stays short. */}
              <Switch
                label={t('settings.autoAssign')}
                aria-describedby={autoAssignHelpId}
                {...form.getInputProps('autoAssign', { type: 'checkbox' })}
              />
              <Text id={autoAssignHelpId} fz="xs" c="dimmed" pl={54}>
                {t('settings.autoAssignHelp')}
              </Text>
            </Stack>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('settings.attachmentsLegend')}>
          <Stack gap="md">
            <NumberInput
              label={t('settings.maxFileSize')}
              description={t('settings.maxFileSizeHelp', { max: MAX_FILE_MB })}
              min={MIN_FILE_MB}
              max={MAX_FILE_MB}
              decimalScale={2}
              allowNegative={false}
              decimalSeparator={i18n.resolvedLanguage === 'fr' ? ',' : '.'}
              styles={NARROW_INPUT}
              {...form.getInputProps('maxFileMb')}
            />
            <Checkbox.Group
              label={t('settings.allowedFileTypes')}
              description={t('settings.allowedFileTypesHelp')}
              {...form.getInputProps('allowedFileTypes')}
            >
              <SimpleGrid cols={{ base: 2, xs: 3 }} mt="xs" spacing="xs">
                {FILE_TYPES.map((type) => (
                  <Checkbox key={type} value={type} label={t(FILE_TYPE_LABEL_KEYS[type])} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('settings.billingLegend')}>
          <TextInput
            label={t('settings.currency')}
            description={t('settings.currencyHelp')}
            value={settings.currency}
            readOnly
            styles={NARROW_INPUT}
          />
          <Select
            mt="md"
            label={t('settings.timeZone')}
            description={t('settings.timeZoneHelp')}
            data={timeZones}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('settings.timeZoneNothingFound')}
            styles={{ wrapper: { maxWidth: 360 } }}
            {...form.getInputProps('timeZone')}
          />
        </Fieldset>

        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
