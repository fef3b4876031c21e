import type { Me } from '@guichet/contract/auth';
import { Center, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../../components/language-switch';
import { homePathFor, safeReturnPath, useMe } from '../../../lib/auth';
import { usePageTitle } from '../../../lib/use-page-title';
import { PageLoader } from '../../../components/page-loader';
import { LoginForm } from '../components/login-form';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get('next'));
  const me = useMe();
  usePageTitle(t('auth.title'));

  // The redirect itself happens below, as soon as the session is known.
  const adoptLanguage = (user: Me) => {
    if (i18n.resolvedLanguage !== user.locale) void i18n.changeLanguage(user.locale);
  };

  if (me.isPending) return <PageLoader />;
  if (me.data) return <Navigate to={next ?? homePathFor(me.data)} replace />;

  return (
    <Center mih="100vh" p="md" component="main">
      <Container size={420} w="100%">
        <Stack gap="lg">
          <Stack gap={4} ta="center">
            <Text fw={800} fz={28} c="indigo">
              {t('app.name')}
            </Text>
            <Title order={1} fz="h2">
              {t('auth.title')}
            </Title>
            <Text c="dimmed">{t('auth.subtitle')}</Text>
          </Stack>
          <Paper withBorder shadow="sm" p="lg">
            <LoginForm onSignedIn={adoptLanguage} />
          </Paper>
          <LanguageSwitch />
        </Stack>
      </Container>
    </Center>
  );
}
