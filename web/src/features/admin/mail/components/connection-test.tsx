import type { MailConnectionTest } from '@guichet/contract/mail';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../../components/notify';
import { useTestMailConnection, type MailServer } from '../api/test-mail-connection';

interface ConnectionTestProps {
  server: MailServer;
  /** The form has changes not saved yet: the test tries the saved settings. */
  dirty: boolean;
}

/** « Tester la connexion »: tries the server in effect and says what it answered (green) or why it failed (red). */
export function ConnectionTest({ server, dirty }: ConnectionTestProps) {
  const { t } = useTranslation();
  const test = useTestMailConnection();
  const [result, setResult] = useState<MailConnectionTest | null>(null);
  return (
    <Stack gap="xs">
      <div>
        <Button
          variant="default"
          leftSection={<IconPlugConnected size={16} aria-hidden />}
          loading={test.isPending}
          onClick={() => {
            setResult(null);
            test.mutate(server, { onSuccess: setResult, onError: notifyError });
          }}
        >
          {t(`mail.settings.test.${server}`)}
        </Button>
      </div>
      {dirty && (
        <Text fz="xs" c="dimmed">
          {t('mail.settings.test.savedOnly')}
        </Text>
      )}
      {result && (
        <Alert
          color={result.ok ? 'green' : 'red'}
          icon={result.ok ? <IconCircleCheck aria-hidden /> : <IconCircleX aria-hidden />}
          title={result.ok ? t('mail.settings.test.ok') : t('mail.settings.test.failed')}
        >
          <Text fz="sm" ff="monospace" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {result.message}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
