import type { LoginBody, Me } from '@guichet/contract/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { meQueryKey, setMe } from '../../../lib/auth';

/** `POST /api/auth/login` → the signed-in user (the session cookie is set by the answer). */
export function login(body: LoginBody): Promise<Me> {
  // A 401 here means wrong credentials, not an expired session.
  return apiRequest<Me>('/api/auth/login', { method: 'POST', body, signOutOnUnauthorized: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // Whatever was cached belonged to the previous session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      setMe(queryClient, me);
    },
  });
}
