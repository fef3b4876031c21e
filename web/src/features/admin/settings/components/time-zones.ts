/** Every IANA time zone the browser knows, for the company's time zone; `current` kept even if it does not list it. */
export function companyTimeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    // An older browser: the current zone alone, plus UTC.
  }
  // Some engines leave UTC out of the list (they spell it Etc/UTC); the server accepts it.
  const all = new Set([...zones, 'UTC', current]);
  return [...all].filter(Boolean).sort((a, b) => a.localeCompare(b));
}
