import { describe, expect, it } from 'vitest';
import { extractDates, findTimexes } from '../../lib/extract/dates';
import { chronoCandidates, chronoReference } from '../../lib/extract/dates/chrono-fallback';
import { splitSentences } from '../../lib/extract/sentences';
import { dayOfValue } from '../../lib/extract/dates/range';

/** Tuesday. */
const PUB = '2024-08-06';

const values = (text: string, ref: Date | string | null = PUB): string[] => findTimexes(text, ref).map((t) => t.value);
const one = (text: string, ref: Date | string | null = PUB) => {
  const found = findTimexes(text, ref);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findTimexes: pinned news cases (published Tuesday 2024-08-06)', () => {
  it('reads a past-tense weekday as the most recent one, the publication day included', () => {
    const t = one('The ministry confirmed to The National on Tuesday that talks had stalled.');
    expect(t).toMatchObject({ value: '2024-08-06', type: 'DATE' });
    expect(t.text).toBe('on Tuesday');
  });

  it('reads a future-tense weekday forward', () => {
    expect(values('Officials will meet on Friday.')).toEqual(['2024-08-09']);
    expect(values('Officials met on Friday.')).toEqual(['2024-08-02']);
    expect(values('The vote is next Tuesday.')).toEqual(['2024-08-13']);
  });

  it('gives a year-less day the publication year', () => {
    expect(one('The camp was hit in a US strike on July 30.')).toMatchObject({ value: '2024-07-30', text: 'July 30' });
  });

  it('takes last year for a year-less day far ahead, next year for a future one', () => {
    expect(values('Troops withdrew on Nov. 12.')).toEqual(['2023-11-12']);
    expect(values('The dividend is payable Jan. 2.', '2023-11-02')).toEqual(['2024-01-02']);
  });

  it('keeps a month at month granularity and notes mid-/early modifiers', () => {
    expect(one('Fighting resumed in mid-July.')).toMatchObject({ value: '2024-07', text: 'mid-July' });
    expect(one('Prices have doubled since early February.')).toMatchObject({
      value: '2024-02',
      text: 'early February',
    });
    expect(values('The plant closed in October.')).toEqual(['2023-10']);
  });

  it('resolves weeks, months, years and quarters relative to the publication day', () => {
    expect(one('The ceasefire collapsed last week.')).toMatchObject({ value: '2024-W31', text: 'last week' });
    expect(one('He resigned two years ago.')).toMatchObject({ value: '2022', text: 'two years ago' });
    expect(values('Sales rose last month and will rise next year.')).toEqual(['2024-07', '2025']);
    expect(values('They spoke yesterday.')).toEqual(['2024-08-05']);
    expect(values('Profit rose in the third quarter.')).toEqual(['2024-Q3']);
    expect(values('Profit rose in the fourth quarter.')).toEqual(['2023-Q4']);
    expect(values('Crowds were smaller last summer.')).toEqual(['2023-SU']);
  });

  it('reads "a year earlier" against the period just named', () => {
    expect(values('Third-quarter profit rose to $5 million from $4 million a year earlier.')).toEqual([
      '2024-Q3',
      '2023-Q3',
    ]);
    expect(values('Profit rose 5% from a year ago.')).toEqual(['2023']);
  });

  it('treats "the past three years" as a duration', () => {
    expect(one('Prices have tripled over the past three years.')).toMatchObject({ value: 'P3Y', type: 'DURATION' });
    expect(one('a 10-day truce')).toMatchObject({ value: 'P10D', type: 'DURATION' });
    expect(one('talks lasted five hours')).toMatchObject({ value: 'PT5H', type: 'DURATION' });
  });

  it('normalises decades, explicit dates, times and vague references', () => {
    expect(values('Growth slowed in the 1990s.')).toEqual(['199']);
    expect(values('It was signed on March 19, 2013.')).toEqual(['2013-03-19']);
    expect(values('It began at 3 p.m. Friday.')).toEqual(['2024-08-02T15:00']);
    expect(values('The company is now bankrupt.')).toEqual(['PRESENT_REF']);
    expect(values('Inflation has recently eased.')).toEqual(['PAST_REF']);
    expect(values('Talks could resume in the near future.')).toEqual(['FUTURE_REF']);
    expect(values('The paper appears daily.')).toEqual(['P1D']);
  });

  it('does not turn bare numbers into dates', () => {
    expect(findTimexes('Soldiers of the 47th Brigade were deployed.', PUB)).toEqual([]);
    expect(findTimexes('At least four members of the family were killed.', PUB)).toEqual([]);
    expect(findTimexes('More than 2000 people fled, and 1/4 of the homes burned.', PUB)).toEqual([]);
    expect(findTimexes('He said it may rain.', PUB)).toEqual([]);
  });

  it('resolves only absolute dates when the publication day is unknown', () => {
    expect(values('He left on Tuesday, as agreed on March 19, 2013, and in 1998.', null)).toEqual([
      '2013-03-19',
      '1998',
    ]);
  });

  it('accepts a Date as the reference', () => {
    expect(values('They spoke yesterday.', new Date(2024, 7, 6))).toEqual(['2024-08-05']);
  });
});

const pairs = (text: string, ref: Date | string | null = PUB): string[] =>
  findTimexes(text, ref).map((t) => `${t.text}=${t.value}`);

describe('findTimexes: the verb group decides the direction of a weekday or month', () => {
  it('reads plans, arrangements and modals forward', () => {
    expect(values('The union planned a march on Saturday.')).toEqual(['2024-08-10']);
    expect(values('Organisers were planning to rally on Sunday.')).toEqual(['2024-08-11']);
    expect(values('The court is to rule on Thursday.')).toEqual(['2024-08-08']);
  });

  it('does not take names, nouns or adjectives for past verbs', () => {
    expect(values('The delegation would be flying to the United States Thursday.')).toEqual(['2024-08-08']);
    expect(values('On Friday, when the minister cut short her holiday plans, the talks resumed.')).toEqual([
      '2024-08-02',
    ]);
  });

  it('lets the verb before the date govern it, and a date opening its clause take the verb after', () => {
    expect(
      values(
        'The airline will add three weekly routes to Lisbon and Porto in December in search of markets untouched by the strike.',
      ),
    ).toEqual(['P1W', '2024-12']);
    expect(values('In November, the firm announced plans to open a plant.')).toEqual(['2023-11']);
  });
});

describe('findTimexes: deadlines, modals, scheduled presents', () => {
  it('puts the new end of a postponed or extended span ahead', () => {
    expect(values('The judge postponed the hearing until Thursday.')).toEqual(['2024-08-08']);
    expect(values('Lenders extended the credit line through December.')).toEqual(['2024-12']);
  });

  it('reads present modals and scheduled presents forward, base forms after a modal by the modal', () => {
    expect(values('Delegates can attend the summit in November.')).toEqual(['2024-11']);
    expect(values('Talks resume on Monday.')).toEqual(['2024-08-12']);
    expect(values('The board met and set Friday as the deadline.')).toEqual(['2024-08-02']);
    expect(values('The board will set Friday as the deadline.')).toEqual(['2024-08-09']);
  });
});

describe('findTimexes: story days, named months, years and centuries', () => {
  it('counts "the next morning" and "later that day" from the day the story names', () => {
    expect(pairs('The envoy landed on July 30 and met the president the next morning.')).toEqual([
      'July 30=2024-07-30',
      'the next morning=2024-07-31',
    ]);
    expect(values('The bridge was closed on Aug. 2. Later that day it reopened.')).toEqual([
      '2024-08-02',
      '2024-08-02',
    ]);
    expect(findTimexes('Nobody slept that night.', PUB)).toEqual([]);
  });

  it('puts "last February" written in March a year back, "last January" in the same year', () => {
    expect(values('The mill burned down last February.', '2024-03-04')).toEqual(['2023-02']);
    expect(values('The mill burned down last January.', '2024-03-04')).toEqual(['2024-01']);
  });

  it('reads "post-2008", "the 1800s" and "the 2000s"', () => {
    expect(pairs('The post-2008 recovery was slow.')).toEqual(['2008=2008']);
    expect(values('The house was built in the 1800s and rebuilt in the 2000s.')).toEqual(['18', '200']);
  });

  it('tells "due out" (scheduled) from "due to the storm" (a cause)', () => {
    expect(values('Results are due out Thursday.')).toEqual(['2024-08-08']);
    expect(values('Flights were cancelled due to the storm on Thursday.')).toEqual(['2024-08-01']);
  });
});

describe('findTimexes: vague references', () => {
  it('gives PAST_REF, PRESENT_REF and FUTURE_REF to the vague phrases', () => {
    expect(values('Analysts see weaker margins in future quarters.')).toEqual(['FUTURE_REF']);
    expect(values('Prices have fallen over the past several months.')).toEqual(['PAST_REF']);
    expect(values('He was 19 at the time.')).toEqual(['PAST_REF']);
    expect(values('Leaving at this crucial moment would be a mistake.')).toEqual(['PRESENT_REF']);
    expect(values('She will one day run the company.')).toEqual(['FUTURE_REF']);
  });

  it('keeps counted spans as durations and relative clauses unannotated', () => {
    expect(values('Prices rose for the next several months.')).toEqual(['PXM']);
    expect(values('The strike lasted one day.')).toEqual(['P1D']);
    expect(findTimexes('At the time he left, the mill was closed.', PUB)).toEqual([]);
  });
});

describe('findTimexes: chrono-node results', () => {
  it('reads the two ends of a range separately', () => {
    expect(pairs('Shares were bought from Sept. 14 to Thursday.')).toEqual([
      'Sept. 14=2024-09-14',
      'Thursday=2024-08-01',
    ]);
  });

  it('takes a time only when a clock is written', () => {
    expect(pairs('It may buy the stake after Jan. 1, 2025 at 1,015 francs a share.')).toEqual([
      'Jan. 1, 2025=2025-01-01',
    ]);
    expect(values('Trading resumes 3/19/2024 at 2:30 pm.')).toEqual(['2024-03-19T14:30']);
  });

  // chrono only sees paragraphs with a date hint (chrono-fallback.ts): each form it keeps must carry one.
  it.each([
    ['Tuesday, March 19th at 2pm', 'Tuesday, March 19th at 2pm=2024-03-19T14:00'],
    ['It was signed on 19.03.2013', '19.03.2013=2013-03-19'],
    ['It opened on March first, 2013', 'March first, 2013=2013-03-01'],
    ['The store closed 2 weeks ago', '2 weeks ago=2024-07-23'],
    ['It reopens in 3w', 'in 3w=2024-08-27'],
    ['Doors open tomorrow at 5pm', 'tomorrow at 5pm=2024-08-07T17:00'],
    ['The vote was two weeks ago at 9:30', 'two weeks ago at 9:30=2024-07-23T09:30'],
  ])('keeps what chrono reads in "%s"', (text, want) => {
    const ref = { y: 2024, m: 8, d: 6 };
    expect(
      chronoCandidates(text, ref, splitSentences(text)).map((c) => `${text.slice(c.start, c.end)}=${c.value}`),
    ).toEqual([want]);
  });

  it('reads against a valid date, even for a day no Date can hold (chrono never returns on an Invalid Date)', () => {
    expect(chronoReference({ y: 2024, m: 8, d: 6 })).toEqual(new Date(2024, 7, 6, 12));
    expect(chronoReference({ y: Number.NaN, m: 8, d: 6 })).toEqual(new Date(2000, 0, 1, 12));
    expect(chronoReference(null)).toEqual(new Date(2000, 0, 1, 12));
  });

  it('skips a sentence whose digits are no date', () => {
    const text = 'He scored 3 goals in 2012 and 40 points in 7 games.';
    expect(chronoCandidates(text, { y: 2024, m: 8, d: 6 }, splitSentences(text))).toEqual([]);
  });
});

describe('findTimexes: reporting periods and their anaphors', () => {
  it('keeps the reported quarter in focus when a forecast names the current one', () => {
    expect(
      pairs(
        'Acme said second-quarter profit rose 8%. It expects a third-quarter charge of $2 million. Sales in the latest quarter rose 5% from a year earlier.',
      ),
    ).toEqual([
      'second-quarter=2024-Q2',
      'a third-quarter=2024-Q3',
      'the latest quarter=2024-Q2',
      'a year earlier=2023-Q2',
    ]);
  });

  it('compares year-to-date figures with last year', () => {
    expect(
      values(
        'Third-quarter profit rose. For the first nine months, revenue rose to $9 million from $8 million a year earlier. The year-ago results included a one-time gain.',
        '2024-10-20',
      ),
    ).toEqual(['2024-Q3', 'P9M', '2023', '2023']);
  });

  it('reads "the 2023 period", "last year\'s quarter" and "this quarter" against the quarter reported', () => {
    expect(pairs('Third-quarter sales rose. In the 2023 period, the company lost $1 million.', '2024-10-20')).toEqual([
      'Third-quarter=2024-Q3',
      'the 2023 period=2023-Q3',
    ]);
    expect(values("Third-quarter profit fell. U.K. sales for last year's quarter were flat.", '2024-10-20')).toEqual([
      '2024-Q3',
      '2023-Q3',
    ]);
    expect(
      values("Second-quarter revenue fell. This quarter's loss includes a charge. Sales will recover this quarter."),
    ).toEqual(['2024-Q2', '2024-Q2', '2024-Q3']);
    expect(findTimexes('The quarter-to-quarter comparison was helped by lower costs.', PUB)).toEqual([]);
  });

  it('resolves fiscal and full years, halves and "that year"', () => {
    expect(
      values('The company expects sales in the current fiscal year to rise. It forecast growth for the full year.'),
    ).toEqual(['2024', '2024']);
    expect(values('Results for the last half of 2023 and the first two quarters of 2025 were weak.')).toEqual([
      '2023-H2',
      '2025-H1',
    ]);
    expect(pairs('She moved to Lisbon in May 2019 and married later that year.')).toEqual([
      'May 2019=2019-05',
      'later that year=2019',
    ]);
  });
});

describe('extractDates', () => {
  const text =
    'A strike hit the camp on July 30. Talks resumed in mid-July and have run for the past three years. Now the army says the 47th Brigade left last week.';
  const dates = extractDates(text, PUB);

  it('keeps calendar DATE mentions only, in text order', () => {
    expect(dates.map((d) => d.value)).toEqual(['2024-07-30', '2024-07', '2024-W31']);
  });

  it('gives the day each range starts on', () => {
    expect(dates.map((d) => d.day)).toEqual(['2024-07-30', '2024-07-11', '2024-07-29']);
    expect(extractDates('Prices rose since early February.', PUB)[0]).toMatchObject({
      value: '2024-02',
      day: '2024-02-01',
    });
  });

  it('attaches the sentence each date sits in', () => {
    const [first, second, third] = dates;
    expect(first!.sentence).toEqual({ start: 0, end: 33, text: 'A strike hit the camp on July 30.' });
    expect(second!.sentence.text).toBe('Talks resumed in mid-July and have run for the past three years.');
    expect(third!.sentence.text).toBe('Now the army says the 47th Brigade left last week.');
    for (const d of dates) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(text.slice(d.sentence.start, d.sentence.end)).toBe(d.sentence.text);
    }
  });
});

describe('dayOfValue', () => {
  it('maps values and modifiers to the first day of their range', () => {
    expect(dayOfValue('2024-07', 'MID')).toBe('2024-07-11');
    expect(dayOfValue('2024-07', 'END')).toBe('2024-07-21');
    expect(dayOfValue('2024-W31')).toBe('2024-07-29');
    expect(dayOfValue('2024-W31-WE')).toBe('2024-08-03');
    expect(dayOfValue('2024-Q3')).toBe('2024-07-01');
    expect(dayOfValue('2024-SU')).toBe('2024-06-01');
    expect(dayOfValue('199')).toBe('1990-01-01');
    expect(dayOfValue('2024-08-06T15:00')).toBe('2024-08-06');
    expect(dayOfValue('PRESENT_REF')).toBeNull();
    expect(dayOfValue('P3Y')).toBeNull();
  });
});
