import type { Leave } from '@guichet/contract/agents';
import { useTranslation } from 'react-i18next';

/** `YYYY-MM-DD` is a calendar day, not an instant: format it in UTC so no time zone shifts it. */
const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** Leave periods in the interface language: « 12 mai 2026 », « 12–16 mai 2026 ». */
export function useLeaveFormat() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'fr', { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    day: (isoDate: string) => format.format(asDate(isoDate)),
    period: (leave: Pick<Leave, 'startsOn' | 'endsOn'>) =>
      leave.startsOn === leave.endsOn
        ? format.format(asDate(leave.startsOn))
        : format.formatRange(asDate(leave.startsOn), asDate(leave.endsOn)),
  };
}

/** The leave under way or coming next (on or after `today`), if any. */
export function nextLeave(leaves: Leave[], today: string): Leave | null {
  return [...leaves].filter((l) => l.endsOn >= today).sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0] ?? null;
}
