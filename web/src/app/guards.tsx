import { Container } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { NotFoundPage } from '../components/not-found-page';
import { PageLoader } from '../components/page-loader';
import { homePathFor, isAdmin, isStaff, useCurrentUser, useMe } from '../lib/auth';
import { PortalLayout } from './layouts/portal-layout';
import { StaffLayout } from './layouts/staff-layout';

/** Signed-in area: loads the session, sends strangers to /login and brings them back afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const { i18n } = useTranslation();
  const locale = me.data?.locale;

  useEffect(() => {
    // The language is remembered per user, on the server.
    if (locale && i18n.resolvedLanguage !== locale) void i18n.changeLanguage(locale);
  }, [i18n, locale]);

  if (me.isPending) return <PageLoader />;
  if (me.isError) {
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return <Outlet />;
}

/** `/`: each role has its own home. */
export function HomeRedirect() {
  return <Navigate to={homePathFor(useCurrentUser())} replace />;
}

/** Staff pages, in the staff layout. A client contact gets "not found", never a hint of staff pages. */
export function RequireStaff() {
  const me = useCurrentUser();
  if (!isStaff(me)) return <NotFoundPage />;
  return <StaffLayout />;
}

/** Admin pages; agents get "not found" like any unknown page. */
export function RequireAdmin() {
  const me = useCurrentUser();
  if (!isAdmin(me)) return <NotFoundPage />;
  return <Outlet />;
}

/** The client portal is for client contacts; staff are sent to their own home. */
export function RequireContact() {
  const me = useCurrentUser();
  if (me.role !== 'contact') return <Navigate to={homePathFor(me)} replace />;
  return <PortalLayout />;
}
