export const mailLinkKeys = {
  myPreferences: ['mail', 'preferences', 'me'] as const,
  linkedPreferences: (token: string) => ['mail', 'preferences', 'link', token] as const,
  linkedRating: (token: string) => ['mail', 'rating', 'link', token] as const,
};
