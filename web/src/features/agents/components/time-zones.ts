/** The IANA time zones offered in the pickers: France and its overseas territories, French-speaking neighbours, UTC. */
const COMMON_TIME_ZONES = [
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Luxembourg',
  'Europe/Zurich',
  'Europe/Monaco',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Berlin',
  'Europe/Lisbon',
  'Africa/Casablanca',
  'Africa/Tunis',
  'Africa/Algiers',
  'Africa/Dakar',
  'Africa/Abidjan',
  'America/Montreal',
  'America/Toronto',
  'America/New_York',
  'America/Guadeloupe',
  'America/Martinique',
  'America/Cayenne',
  'America/Miquelon',
  'Indian/Reunion',
  'Indian/Mayotte',
  'Pacific/Noumea',
  'Pacific/Tahiti',
  'Pacific/Wallis',
  'UTC',
] as const;

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** « UTC+1 », the zone's offset right now (or nothing when the browser cannot tell). */
function currentOffset(timeZone: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date());
    const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
    return name.replace(/^GMT/, 'UTC') || 'UTC';
  } catch {
    return '';
  }
}

/**
 * Options for a time zone select: the common zones, plus `current` when it is another valid zone
 * (an agent created through the API may have any IANA zone).
 */
export function timeZoneOptions(current?: string): { value: string; label: string }[] {
  const zones: string[] = COMMON_TIME_ZONES.filter(isKnownTimeZone);
  if (current && !zones.includes(current)) zones.unshift(current);
  return zones.map((zone) => {
    const offset = zone === 'UTC' ? '' : currentOffset(zone);
    return { value: zone, label: offset ? `${zone} (${offset})` : zone };
  });
}

/** Today's date (`YYYY-MM-DD`) in a time zone; the browser's own when the zone is unknown. */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  }
}
