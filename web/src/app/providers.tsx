import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { setUnauthorizedHandler } from '../lib/api';
import { setMe } from '../lib/auth';
import { createAppTheme } from './theme';

function ThemedMantine({ children }: { children: ReactNode }) {
  const { t, i18n: instance } = useTranslation();
  const theme = useMemo(() => createAppTheme(t), [t, instance.resolvedLanguage]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      {children}
    </MantineProvider>
  );
}

/** Everything every page needs: translations, theme, notifications, server state. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(() => {
    // Any 401 means the session is gone: forget the user, and the guard sends them to /login.
    setUnauthorizedHandler(() => setMe(queryClient, null));
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ThemedMantine>{children}</ThemedMantine>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
