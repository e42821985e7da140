import { addDays, formatDay, mondayOfIsoWeek, type Day } from './calendar';
import type { Mod } from './types';

/** First day of the part a modifier names: early = days 1–10, mid = 11–20, late = 21–end. */
const MONTH_PART: Record<Mod, number> = { START: 1, MID: 11, END: 21 };
/** Early / mid / late year as thirds: January, May, September. */
const YEAR_PART: Record<Mod, number> = { START: 1, MID: 5, END: 9 };
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The ISO day a value's range starts on, narrowed by its modifier: "2024-07" + MID → "2024-07-11",
 * "2024-W31" → its Monday, "199" + END → "1997-01-01". Null for values that are not on the calendar.
 */
export function dayOfValue(value: string, mod?: Mod): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)/.exec(value))) return `${m[1]}-${m[2]}-${m[3]}`;
  const day = (y: number, month: number, d = 1): string => formatDay({ y, m: month, d } satisfies Day);
  if ((m = /^(\d{4})-(\d\d)$/.exec(value))) return day(Number(m[1]), Number(m[2]), mod ? MONTH_PART[mod] : 1);
  if ((m = /^(\d{4})-W(\d\d)(-WE)?$/.exec(value))) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    // A weekend ("-WE") starts on the Saturday of its week.
    return formatDay(m[3] ? addDays(monday, 5) : monday);
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return day(Number(m[1]), (Number(m[2]) - 1) * 3 + 1);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return day(Number(m[1]), m[2] === '1' ? 1 : 7);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return day(Number(m[1]), SEASON_START[m[2]!]!);
  if ((m = /^(\d{4})$/.exec(value))) return day(Number(m[1]), mod ? YEAR_PART[mod] : 1);
  if ((m = /^(\d{3})$/.exec(value))) return day(Number(m[1]) * 10 + (mod === 'MID' ? 4 : mod === 'END' ? 7 : 0), 1);
  if ((m = /^(\d{2})$/.exec(value))) return day(Number(m[1]) * 100, 1);
  return null;
}
