import type { ApiToken } from '@guichet/contract/tokens';
import { Button, Code, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { EmptyState } from '../../../../components/empty-state';
import { ErrorAlert } from '../../../../components/error-alert';
import { showFormError } from '../../../../components/form-error';
import { notifyError, notifySuccess } from '../../../../components/notify';
import { usePageTitle } from '../../../../lib/use-page-title';
import { all, validators } from '../../../../lib/validators';
import { useCreateToken } from '../api/create-token';
import { useTokens } from '../api/list-tokens';
import { useRevokeToken } from '../api/revoke-token';
import { CreatedTokenModal } from '../components/created-token-modal';
import { TokensTable } from '../components/tokens-table';

export function TokensPage() {
  const { t } = useTranslation();
  usePageTitle(t('tokens.title'));
  const v = validators(t);
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const form = useForm({
    initialValues: { name: '' },
    validate: { name: all(v.required, v.maxLength(100)) },
  });

  const submit = form.onSubmit(({ name }) =>
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: ({ token }) => {
          form.reset();
          setSecret(token);
        },
        onError: (error) => showFormError(form, error),
      },
    ),
  );

  const confirmRevoke = () => {
    if (!revoking) return;
    const { id, name } = revoking;
    revoke.mutate(id, {
      onSuccess: () => {
        notifySuccess(t('tokens.revoked', { name }));
        setRevoking(null);
      },
      onError: notifyError,
    });
  };

  return (
    <Stack gap="md">
      <Title order={2}>{t('tokens.title')}</Title>
      <Text>{t('tokens.intro')}</Text>
      <Stack gap={4}>
        <Text fz="sm">{t('tokens.usage')}</Text>
        <Code block>Authorization: Bearer &lt;token&gt;</Code>
      </Stack>

      <form onSubmit={submit} noValidate>
        <Group align="flex-start">
          <TextInput
            label={t('tokens.nameLabel')}
            placeholder={t('tokens.namePlaceholder')}
            required
            w={{ base: '100%', sm: 320 }}
            {...form.getInputProps('name')}
          />
          <Button type="submit" mt={25} leftSection={<IconPlus size={16} aria-hidden />} loading={create.isPending}>
            {t('tokens.create')}
          </Button>
        </Group>
      </form>

      {tokens.isPending ? (
        <Stack gap="xs" aria-busy>
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : tokens.isError ? (
        <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : tokens.data.length === 0 ? (
        <EmptyState icon={<IconKey size={32} />} title={t('tokens.empty')} order={3} />
      ) : (
        <TokensTable tokens={tokens.data} onRevoke={setRevoking} />
      )}

      {secret && <CreatedTokenModal token={secret} onClose={() => setSecret(null)} />}
      {revoking && (
        <ConfirmModal
          opened
          title={t('tokens.revokeTitle', { name: revoking.name })}
          message={t('tokens.revokeMessage')}
          confirmLabel={t('tokens.revokeConfirm')}
          onConfirm={confirmRevoke}
          onClose={() => setRevoking(null)}
          loading={revoke.isPending}
        />
      )}
    </Stack>
  );
}
