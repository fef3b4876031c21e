import type { Me } from '@guichet/contract/auth';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from './api';

export const meQueryKey = ['auth', 'me'] as const;

/** `GET /api/auth/me`; null when nobody is signed in (401). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiRequest<Me>('/api/auth/me', { signal, signOutOnUnauthorized: false });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** The session: `data` is the signed-in user, null when signed out, undefined while loading. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: Infinity,
    retry: false,
  });
}

/** The signed-in user, for components rendered behind the auth guard. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser() used outside the signed-in area');
  return data;
}

export function setMe(queryClient: QueryClient, me: Me | null) {
  queryClient.setQueryData(meQueryKey, me);
}

export const isStaff = (me: Pick<Me, 'role'>) => me.role === 'admin' || me.role === 'agent';
export const isAdmin = (me: Pick<Me, 'role'>) => me.role === 'admin';

/** Where a user lands after signing in when they did not ask for a page. */
export const homePathFor = (me: Pick<Me, 'role'>) => (isStaff(me) ? '/clients' : '/portal');

/** Only same-site paths are accepted as a return address (no open redirect). */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value === '/login' || value.startsWith('/login?')) return null;
  return value;
}
