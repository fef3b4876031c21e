export interface UserListParams {
  role: 'staff' | 'admin' | 'agent';
  q?: string;
  limit: number;
  cursor?: string;
}

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => [...userKeys.all, 'list', params] as const,
};
