import { Box, Container, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch';
import classes from './layout.module.css';

/**
 * The pages a mail's link opens without signing in (rating, mail preferences): the Guichet name,
 * one centred card, the language switch. No session is read, no navigation is offered.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)" py={{ base: 'md', sm: 48 }} px="md">
      <Container size={560} px={0}>
        <Stack gap="lg">
          <Text fw={800} fz={28} c="indigo" ta="center">
            {t('app.name')}
          </Text>
          <Paper component="main" id="main-content" tabIndex={-1} className={classes.main} withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
            <Outlet />
          </Paper>
          <LanguageSwitch />
        </Stack>
      </Container>
    </Box>
  );
}
