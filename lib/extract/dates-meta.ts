/**
 * Publication timestamps as pages write them, normalised to ISO 8601. The page's own offset is kept
 * ("2024-08-06T01:00:00+04:00" stays on the 6th) because converting to UTC would move the day a reader saw.
 */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

export function normalizeTimestamp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (!value) return null;
  const m = ISO_LIKE.exec(value);
  if (m) {
    const [, y, mo, d, h, mi, s, tz] = m;
    if (!validDay(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const zone = tz ? (tz === 'Z' ? 'Z' : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2}))?/.exec(value);
  if (compact && validDay(Number(compact[1]), Number(compact[2]), Number(compact[3]))) {
    const [, y, mo, d] = compact;
    return `${y}-${mo}-${d}`;
  }
  const european = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(value);
  if (european) {
    const [, d, mo, y] = european;
    if (validDay(Number(y), Number(mo), Number(d))) return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  }
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  const date = new Date(parsed);
  const year = date.getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return date.toISOString().replace('.000Z', 'Z');
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** The calendar day (YYYY-MM-DD) a normalised timestamp falls on, in the page's own zone. */
export function dayOf(iso: string | null): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;
}
