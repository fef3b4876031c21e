import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';

/** `POST /api/auth/logout` → 204. */
export function logout(): Promise<void> {
  return apiRequest<void>('/api/auth/logout', { method: 'POST', signOutOnUnauthorized: false });
}

export function useLogout() {
  return useMutation({
    mutationFn: logout,
    // A full reload drops every cached answer of this session, then shows the sign-in page.
    onSettled: () => window.location.assign('/login'),
  });
}
