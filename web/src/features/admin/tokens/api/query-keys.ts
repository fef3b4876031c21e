export const tokenKeys = {
  all: ['api-tokens'] as const,
};
