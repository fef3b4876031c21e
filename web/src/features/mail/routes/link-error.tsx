import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api';

/** Whether the server refused the link itself: one we did not sign, expired, or for something gone. */
export const isBadLink = (error: unknown) => isApiError(error) && (error.status === 404 || error.status === 400);

interface LinkErrorProps {
  error: unknown;
  title: string;
  message: string;
  onRetry: () => void;
}

/** A mail's link that does not open: a clear sentence for a bad or expired link, else the error with a retry. */
export function LinkError({ error, title, message, onRetry }: LinkErrorProps) {
  const { t } = useTranslation();
  if (!isBadLink(error)) {
    return (
      <Stack gap="md">
        <Title order={1} fz="h2">
          {title}
        </Title>
        <ErrorAlert error={error} onRetry={onRetry} />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Title order={1} fz="h2">
        {title}
      </Title>
      <Alert color="orange" icon={<IconLinkOff aria-hidden />} title={t('mail.link.invalidTitle')} role="alert">
        <Text fz="sm">{message}</Text>
      </Alert>
      <div>
        <Button component="a" href="/" variant="light">
          {t('mail.link.goHome')}
        </Button>
      </div>
    </Stack>
  );
}
