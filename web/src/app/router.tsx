import { Container } from '@mantine/core';
import { createBrowserRouter, Navigate, Outlet, useRouteError, type RouteObject } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { NotFoundPage } from '../components/not-found-page';
import { PageLoader } from '../components/page-loader';
import { HomeRedirect, RequireAdmin, RequireAuth, RequireContact, RequireStaff } from './guards';
import { AdminLayout } from './layouts/admin-layout';
import { PublicLayout } from './layouts/public-layout';

function RouteError() {
  const error = useRouteError();
  return (
    <Container size="sm" py="xl">
      <ErrorAlert error={error} onRetry={() => window.location.reload()} />
    </Container>
  );
}

/** Every page is its own chunk, loaded when first visited. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Outlet />,
    hydrateFallbackElement: <PageLoader />,
    errorElement: <RouteError />,
    children: [
      {
        path: 'login',
        lazy: async () => ({ Component: (await import('../features/auth/routes/login-page')).LoginPage }),
      },
      {
        // A mail's links, opened without signing in: the signed token in the URL is the key.
        element: <PublicLayout />,
        children: [
          {
            path: 'rate/:token',
            lazy: async () => ({ Component: (await import('../features/mail/routes/public-rating-page')).PublicRatingPage }),
          },
          {
            path: 'mail-preferences/:token',
            lazy: async () => ({
              Component: (await import('../features/mail/routes/public-mail-preferences-page')).PublicMailPreferencesPage,
            }),
          },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomeRedirect /> },
          {
            element: <RequireStaff />,
            children: [
              {
                path: 'tickets',
                lazy: async () => ({ Component: (await import('../features/tickets/routes/tickets-page')).TicketsPage }),
              },
              {
                path: 'tickets/:ticketId',
                lazy: async () => ({ Component: (await import('../features/tickets/routes/ticket-page')).TicketPage }),
              },
              {
                // « Nouveau ticket » on the fiche client.
                path: 'clients/:clientId/tickets/new',
                lazy: async () => ({
                  Component: (await import('../features/tickets/routes/new-ticket-page')).NewTicketPage,
                }),
              },
              {
                path: 'clients',
                lazy: async () => ({
                  Component: (await import('../features/clients/routes/clients-list-page')).ClientsListPage,
                }),
              },
              {
                path: 'clients/:clientId',
                // The fiche client, with the budgets feature's section composed in (shown to admins only).
                lazy: async () => {
                  const [{ ClientPage }, { BudgetSection }] = await Promise.all([
                    import('../features/clients/routes/client-page'),
                    import('../features/budgets/components/budget-section'),
                  ]);
                  return {
                    element: <ClientPage budgetSection={(clientId) => <BudgetSection key={clientId} clientId={clientId} />} />,
                  };
                },
              },
              {
                // The stable deep link a CRM puts behind its « Support » button.
                path: 'crm/clients/:externalRef',
                lazy: async () => ({
                  Component: (await import('../features/clients/routes/client-by-ref-page')).ClientByRefPage,
                }),
              },
              {
                path: 'dashboard',
                lazy: async () => ({
                  Component: (await import('../features/dashboard/routes/dashboard-page')).DashboardPage,
                }),
              },
              {
                path: 'admin',
                element: <RequireAdmin />,
                children: [
                  {
                    element: <AdminLayout />,
                    children: [
                      { index: true, element: <Navigate to="users" replace /> },
                      {
                        path: 'users',
                        lazy: async () => ({
                          Component: (await import('../features/admin/users/routes/users-page')).UsersPage,
                        }),
                      },
                      {
                        path: 'costs',
                        lazy: async () => ({
                          Component: (await import('../features/admin/costs/routes/costs-page')).CostsPage,
                        }),
                      },
                      {
                        path: 'import',
                        lazy: async () => ({
                          Component: (await import('../features/admin/import/routes/import-page')).ImportPage,
                        }),
                      },
                      {
                        path: 'tokens',
                        lazy: async () => ({
                          Component: (await import('../features/admin/tokens/routes/tokens-page')).TokensPage,
                        }),
                      },
                      {
                        path: 'agents',
                        lazy: async () => ({
                          Component: (await import('../features/agents/routes/agents-page')).AgentsPage,
                        }),
                      },
                      {
                        path: 'mail',
                        lazy: async () => ({
                          Component: (await import('../features/admin/mail/routes/mail-page')).MailPage,
                        }),
                      },
                      {
                        path: 'settings',
                        lazy: async () => ({
                          Component: (await import('../features/admin/settings/routes/settings-page')).SettingsPage,
                        }),
                      },
                    ],
                  },
                ],
              },
            ],
          },
          {
            path: 'portal',
            element: <RequireContact />,
            children: [
              {
                index: true,
                // The portal's home, with the tickets feature's list composed in.
                lazy: async () => {
                  const [{ PortalHomePage }, { TicketListView }] = await Promise.all([
                    import('../features/portal/routes/portal-home-page'),
                    import('../features/tickets/components/ticket-list-view'),
                  ]);
                  return { element: <PortalHomePage tickets={<TicketListView portal />} /> };
                },
              },
              {
                path: 'tickets/new',
                lazy: async () => ({
                  Component: (await import('../features/tickets/routes/new-ticket-page')).NewTicketPage,
                }),
              },
              {
                path: 'tickets/:ticketId',
                lazy: async () => ({ Component: (await import('../features/tickets/routes/ticket-page')).TicketPage }),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
