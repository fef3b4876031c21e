import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The only time the secret is shown: copy it now. */
export function CreatedTokenModal({ token, onClose }: { token: string; onClose: () => void }) {
  const { t } = useTranslation();
  const example = `curl -H "Authorization: Bearer ${token}" ${window.location.origin}/api/clients`;
  return (
    <Modal opened onClose={onClose} title={t('tokens.createdTitle')} size="lg" closeOnClickOutside={false}>
      <Stack>
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {t('tokens.createdWarning')}
        </Alert>
        <Stack gap={4}>
          <Text fw={500} id="created-token-label">
            {t('tokens.tokenLabel')}
          </Text>
          <Code block aria-labelledby="created-token-label" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {token}
          </Code>
        </Stack>
        <Group>
          <CopyButton value={token} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                onClick={copy}
                aria-live="polite"
              >
                {copied ? t('tokens.copied') : t('tokens.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Stack gap={4}>
          <Text fz="sm">{t('tokens.example')}</Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {example}
          </Code>
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('tokens.createdDone')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
