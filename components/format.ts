import { webHref } from '@/lib/url';

/** Only web links leave the popup: a page could plant `javascript:` URLs in its headlines. */
export function safeHref(url: string | null | undefined): string | undefined {
  return webHref(url) ?? undefined;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function relativeTime(iso: string | null | undefined, now = new Date()): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const diff = t - now.getTime();
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  return rtf.format(0, 'minute');
}

/** A timestamp as the reader's locale writes it; date-only values stay date-only. */
export function absoluteTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateOnly
    ? d.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "2024-07" → "Jul 2024", "2024-07-30" → "30 Jul 2024": the precision the text gave, no more. */
export function formatDay(day: string, value: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return value;
  if (/^\d{4}-\d{2}-\d{2}/.test(value))
    return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (/^\d{4}-\d{2}$/.test(value))
    return d.toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (/^\d{4}-W\d{2}$/.test(value))
    return `Week of ${d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}`;
  return value.replace(/^(\d{4})-Q(\d)$/, 'Q$2 $1').replace(/^(\d{4})$/, '$1');
}
