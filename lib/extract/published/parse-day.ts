/**
 * A calendar day written the way pages write it in a byline or a date line: "19. Juli 2014", "16.12.2012",
 * "June 28th, 2018", "jeudi 13 juin 2019", "26/10/2018", "2019-06-27T10:21:40Z". Only short strings are
 * given here (a few dozen characters), so every pattern is tried and the earliest match in the string wins.
 */
export interface DayBounds {
  /** Latest acceptable day, YYYY-MM-DD (publication dates are never in the future). */
  latest: string;
  /** Month/day order for "03/04/2019": 'mdy' on US English pages, 'dmy' elsewhere. */
  slashOrder?: 'dmy' | 'mdy';
}

const EARLIEST_YEAR = 1995;

/** Month names of the languages in the corpus and the news we target, lower-case, accents kept. */
const MONTHS: Record<string, number> = {};
const MONTH_LISTS = [
  // English
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'jan feb mar apr may june july aug sept oct nov dec',
  // German (and Austrian)
  'januar februar märz april mai juni juli august september oktober november dezember',
  'jänner feber maerz apr mai jun jul aug sept okt nov dez',
  // French
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'janv févr mars avr mai juin juil août sept oct nov déc',
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
  // Spanish, Italian, Portuguese, Dutch
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'januari februari maart april mei juni juli augustus september oktober november december',
];
for (const list of MONTH_LISTS) list.split(' ').forEach((name, i) => (MONTHS[name] ??= i + 1));
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray, order: 'dmy' | 'mdy') => Ymd | null }> = [
  // 2019-06-27, 2019/06/27, 2019.06.27 (the ISO family, also inside timestamps)
  { re: /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/, read: (m) => ymd(m[1], m[3], m[4]) },
  // 16.12.2012, 8.5.12, 06-08-2009, 13. 10. 2021
  {
    re: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.]\d)/,
    read: (m) => ymd(m[3], m[2], m[1]),
  },
  { re: /(?<!\d)(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)/, read: (m) => ymd(m[3], m[2], m[1]) },
  // 26/10/2018 or 10/26/2018: the impossible reading is dropped, else the page's convention decides
  {
    re: /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/,
    read: (m, order) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const mdy = a <= 12 && (b > 12 || order === 'mdy');
      return mdy ? ymd(m[3], m[1], m[2]) : ymd(m[3], m[2], m[1]);
    },
  },
  // 19. Juli 2014, 28 April, 2017, 1er janvier 2019, 13 de junio de 2019, 4th of July 2019
  {
    re: new RegExp(
      `(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+|of\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
      'iu',
    ),
    read: (m) => ymd(m[3], MONTHS[m[2]!.toLowerCase()], m[1]),
  },
  // June 28th, 2018, Dezember 16th, 2012, Jan 18, 2019
  {
    re: new RegExp(`(?<![\\p{L}])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu'),
    read: (m) => ymd(m[3], MONTHS[m[1]!.toLowerCase()], m[2]),
  },
];

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function ymd(
  y: string | number | undefined,
  m: string | number | undefined,
  d: string | number | undefined,
): Ymd | null {
  if (y === undefined || m === undefined || d === undefined) return null;
  let year = Number(y);
  if (String(y).length === 2) year += year < 70 ? 2000 : 1900;
  return { y: year, m: Number(m), d: Number(d) };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The day as YYYY-MM-DD when it exists on the calendar and lies between 1995 and `latest`. */
export function validDay(date: Ymd, latest: string): string | null {
  const { y, m, d } = date;
  if (y < EARLIEST_YEAR || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  return day <= latest ? day : null;
}

/** The first well-formed day written in `text`, or null. `text` should be short (a date line, an attribute). */
export function parseDay(text: string, bounds: DayBounds): string | null {
  const order = bounds.slashOrder ?? 'dmy';
  let best: { at: number; day: string } | null = null;
  for (const { re, read } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && m.index >= best.at)) continue;
    const date = read(m, order);
    const day = date && validDay(date, bounds.latest);
    if (day) best = { at: m.index, day };
  }
  return best?.day ?? null;
}
