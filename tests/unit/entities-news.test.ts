import { describe, expect, it } from 'vitest';
import { extractEntities, findEntityMentions } from '../../lib/extract/entities';
import { propagateCompanies } from '../../lib/extract/entities/names';
import type { TagSpan } from '../../lib/extract/entities/tagger';
import { withoutTitleSpans, withoutTitles } from '../../lib/extract/entities/titles';
import { tokenize } from '../../lib/extract/entities/tokenize';

// Hard cases of real news copy, each in sentences written for these tests (names invented or public).

const spansOf = (text: string): string[] => findEntityMentions(text).map((m) => `${m.type}:${m.text}`);

describe('the CoNLL convention for demonyms', () => {
  const text = 'Iraqi officials met American diplomats in Baghdad on Monday.';

  it('lists no demonym as a mention', () => {
    expect(spansOf(text)).toEqual(['LOC:Baghdad']);
  });

  it('still counts a demonym for its country in the merged entities', () => {
    const keys = extractEntities(text).map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['loc:iraq', 'loc:united states', 'loc:baghdad']));
  });
});

describe('titles are not part of a name', () => {
  it('keeps only the name after a title', () => {
    expect(spansOf('Mayor Bill de Blasio said the NYPD would investigate.')).toEqual([
      'PER:Bill de Blasio',
      'ORG:NYPD',
    ]);
  });

  it('counts a demonym before a title as part of the title', () => {
    expect(spansOf('The German Chancellor Olaf Brenner met the French President in Lyon.')).toEqual([
      'PER:Olaf Brenner',
      'LOC:Lyon',
    ]);
    const tokens = tokenize('German Chancellor Olaf Brenner');
    expect(withoutTitles({ from: 0, to: 4, type: 'PER' }, tokens)).toEqual({ from: 2, to: 4, type: 'PER' });
    expect(withoutTitles({ from: 0, to: 2, type: 'PER' }, tokens)).toBeNull();
  });

  it('drops a title the tagger read as a place before a person', () => {
    expect(spansOf('District Attorney Frank Clark declined to comment.')).toEqual(['PER:Frank Clark']);
  });

  it('cuts leading title words off a person span, and drops an all-title one', () => {
    const tokens = tokenize('Mr Mugabe and President Zuma');
    expect(withoutTitles({ from: 0, to: 2, type: 'PER' }, tokens)).toEqual({ from: 1, to: 2, type: 'PER' });
    expect(withoutTitles({ from: 3, to: 4, type: 'PER' }, tokens)).toBeNull();
    expect(withoutTitles({ from: 3, to: 5, type: 'ORG' }, tokens)).toEqual({ from: 3, to: 5, type: 'ORG' });
    // An honorific makes any span a person: the tagger read "Mr Mugabe" as an organisation.
    expect(withoutTitles({ from: 0, to: 2, type: 'ORG' }, tokens)).toEqual({ from: 1, to: 2, type: 'PER' });
    const spans: TagSpan[] = [
      { from: 3, to: 4, type: 'LOC' },
      { from: 4, to: 5, type: 'PER' },
    ];
    expect(withoutTitleSpans(spans, tokens)).toEqual([{ from: 4, to: 5, type: 'PER' }]);
  });
});

describe('company short forms', () => {
  it('types the short form of a company named in full earlier as the company', () => {
    const text =
      'Kestrel Dynamics Inc. said profit rose 8%. Kestrel shares fell 40 cents, and Kestrel said it would cut jobs.';
    expect(spansOf(text)).toEqual(['ORG:Kestrel Dynamics Inc.', 'ORG:Kestrel', 'ORG:Kestrel']);
  });

  it('never turns a place or a word the text writes in lower case into the company', () => {
    const tokens = tokenize('Texas Eastern Corp. rose. Texas voters and Eastern Corp. the eastern one.');
    const spans: TagSpan[] = [
      { from: 0, to: 3, type: 'ORG' },
      { from: 5, to: 6, type: 'LOC' },
    ];
    const isPlace = (w: string): boolean => w === 'Texas';
    expect(propagateCompanies(spans, tokens, isPlace)).toEqual([
      { from: 0, to: 3, type: 'ORG' },
      { from: 5, to: 6, type: 'LOC' },
    ]);
  });
});

describe('spans end where names end', () => {
  it('splits a lower-case suffix off a name', () => {
    expect(spansOf('The Chicago-based company said U.S.-led talks would resume.')).toEqual(['LOC:Chicago', 'LOC:U.S.']);
  });

  it('keeps the dot of an abbreviation before a comma or a possessive', () => {
    expect(spansOf("The Dearborn, Mich., company sold its stake in Philip Morris Co.'s tobacco unit.")).toEqual([
      'LOC:Dearborn',
      'LOC:Mich.',
      'ORG:Philip Morris Co.',
    ]);
  });

  it('reads a soft hyphen inside a word as part of the word', () => {
    expect(spansOf('Aside from Russian President Vladi\u00admir Putin, few leaders came.')).toEqual([
      'PER:Vladi\u00admir Putin',
    ]);
  });
});

describe('news layout', () => {
  it('tags the place and the agency of a dateline', () => {
    expect(spansOf('PHNOM PENH, Cambodia (AFP) - Hun Sen said the vote was fair.')).toEqual([
      'LOC:PHNOM PENH',
      'LOC:Cambodia',
      'ORG:AFP',
      'PER:Hun Sen',
    ]);
  });

  it('tells the newspaper from the city it is named after', () => {
    expect(spansOf('The Washington Post reported that Washington had asked Iraq to explain.')).toEqual([
      'ORG:Washington Post',
      'LOC:Washington',
      'LOC:Iraq',
    ]);
  });

  it('finds people from many languages that the training text never names', () => {
    expect(spansOf('Nguyen Thi Lan, a lawyer in Hanoi, said the court would rule on Friday.')).toEqual([
      'PER:Nguyen Thi Lan',
      'LOC:Hanoi',
    ]);
    expect(
      spansOf('Talgat Yermekov, a spokesman for the Kazakh energy ministry, said the pipeline to Aktau was closed.'),
    ).toEqual(['PER:Talgat Yermekov', 'LOC:Aktau']);
    expect(spansOf('Oluwaseun Adebayo scored twice as Enyimba beat Kano Pillars in Aba.')).toEqual([
      'PER:Oluwaseun Adebayo',
      'ORG:Enyimba',
      'ORG:Kano Pillars',
      'LOC:Aba',
    ]);
  });
});
