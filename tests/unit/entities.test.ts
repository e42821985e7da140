import { describe, expect, it } from 'vitest';
import { entityKey, extractEntities, findEntityMentions, headlineEntityKeys } from '../../lib/extract/entities';
import { tokenize } from '../../lib/extract/entities/tokenize';

const NATIONAL =
  'Iranian-backed militias in Iraq are ending the truce with American forces, citing the slow withdrawal of ' +
  'US troops, a senior member of one of the groups confirmed to The National on Tuesday. Haider Al Lami, a ' +
  'member of the political council of the Al Nujaba Movement, announced that attacks on the United States ' +
  'would resume. Al Lami said the Ain al-Asad base would be a target.';

const keyOf = (text: string, surface: string): string | undefined =>
  findEntityMentions(text).find((m) => m.text === surface)?.key;

describe('findEntityMentions on the truce report', () => {
  const mentions = findEntityMentions(NATIONAL);
  const has = (type: string, text: string): boolean => mentions.some((m) => m.type === type && m.text === text);

  it('finds the places, people and organisations', () => {
    expect(has('LOC', 'Iraq')).toBe(true);
    expect(has('PER', 'Haider Al Lami')).toBe(true);
    expect(has('ORG', 'Al Nujaba Movement')).toBe(true);
    expect(has('ORG', 'The National')).toBe(true);
  });

  it('merges US and United States into one key', () => {
    expect(keyOf(NATIONAL, 'US')).toBe('loc:united states');
    expect(keyOf(NATIONAL, 'United States')).toBe('loc:united states');
  });

  it('lists no demonym as a mention, but counts it for its country', () => {
    expect(has('LOC', 'American')).toBe(false);
    expect(has('LOC', 'Iranian')).toBe(false);
    const entities = extractEntities(NATIONAL);
    const us = entities.find((e) => e.key === 'loc:united states')!;
    expect(us.mentions.map((m) => m.text)).toContain('American');
    expect(entities.find((e) => e.key === 'loc:iran')?.mentions.map((m) => m.text)).toEqual(['Iranian']);
  });

  it('merges the later partial name with the full name', () => {
    expect(keyOf(NATIONAL, 'Al Lami')).toBe(keyOf(NATIONAL, 'Haider Al Lami'));
  });

  it('keeps exact offsets', () => {
    for (const m of mentions) expect(NATIONAL.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('extractEntities', () => {
  it('groups by key, most mentioned first, with the fullest name', () => {
    const entities = extractEntities(NATIONAL);
    const us = entities.find((e) => e.key === 'loc:united states');
    expect(us?.name).toBe('United States');
    expect(us?.mentions.length).toBeGreaterThanOrEqual(3);
    expect(entities[0]?.key).toBe('loc:united states');
    const lami = entities.find((e) => e.key === 'per:haider al lami');
    expect(lami?.name).toBe('Haider Al Lami');
    expect(lami?.aliases).toContain('Al Lami');
  });

  it('merges "Biden" with an earlier "Joe Biden"', () => {
    const text = 'President Joe Biden met Prime Minister Keir Starmer in London. Biden said the talks went well.';
    expect(keyOf(text, 'Biden')).toBe(keyOf(text, 'Joe Biden'));
    expect(keyOf(text, 'Joe Biden')).toBe('per:joe biden');
  });
});

describe('entityKey', () => {
  it('gives acronyms, dotted acronyms and full names one key', () => {
    for (const name of ['US', 'U.S.', 'USA', 'United States', 'America', 'the United States']) {
      expect(entityKey(name, 'LOC')).toBe('loc:united states');
    }
    for (const name of ['UK', 'U.K.', 'Britain', 'United Kingdom'])
      expect(entityKey(name, 'LOC')).toBe('loc:united kingdom');
    expect(entityKey('UN', 'ORG')).toBe(entityKey('United Nations', 'ORG'));
    expect(entityKey('EU', 'ORG')).toBe(entityKey('European Union', 'ORG'));
  });

  it('maps demonym phrases to their country, but not names that start with one', () => {
    expect(entityKey('American forces', 'LOC')).toBe('loc:united states');
    expect(entityKey('Iraqi government', 'ORG')).toBe('loc:iraq');
    expect(entityKey('Iranian-backed', 'LOC')).toBe('loc:iran');
    expect(entityKey('American Airlines', 'ORG')).toBe('org:american airlines');
  });

  it('gives a company and its short form one key', () => {
    expect(entityKey('Siemens AG', 'ORG')).toBe('org:siemens');
    expect(entityKey('Timex Inc.', 'ORG')).toBe(entityKey('Timex', 'ORG'));
    expect(entityKey('Dow Jones & Co.', 'ORG')).toBe('org:dow jones');
    expect(entityKey('Co.', 'ORG')).toBe('org:co');
  });

  it('ignores case and hyphens', () => {
    expect(entityKey('Ain Al Asad', 'LOC')).toBe(entityKey('Ain al-Asad', 'LOC'));
  });

  it('is a US country key even when the tagger typed it ORG', () => {
    expect(entityKey('U.S.', 'ORG')).toBe('loc:united states');
  });
});

describe('hard inputs', () => {
  it('does not tag sentence-initial common words', () => {
    const text = 'The talks ended. In the end, nothing changed. However, officials in Cairo said they were hopeful.';
    const surfaces = findEntityMentions(text).map((m) => m.text);
    expect(surfaces).not.toContain('The');
    expect(surfaces).not.toContain('In');
    expect(surfaces).not.toContain('However');
    expect(surfaces).toContain('Cairo');
  });

  it('handles empty and whitespace input', () => {
    expect(findEntityMentions('')).toEqual([]);
    expect(extractEntities('   \n\n ')).toEqual([]);
    expect(headlineEntityKeys('')).toEqual([]);
  });

  it('handles a huge input with exact offsets', () => {
    const text = Array.from({ length: 400 }, () => NATIONAL).join('\n\n');
    const mentions = findEntityMentions(text);
    expect(mentions.length).toBeGreaterThan(400 * 5);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('tokenises with exact offsets, keeping acronyms and splitting possessives', () => {
    const text = "Iraq's U.S.-backed premier met John F. Kennedy's heirs.";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text).slice(0, 2)).toEqual(['Iraq', "'s"]);
  });
});

describe('headlineEntityKeys', () => {
  it('finds countries and demonyms in title-case headlines', () => {
    const keys = headlineEntityKeys('Iran-Backed Militias in Iraq End Truce With US Forces');
    expect(keys).toContain('loc:iraq');
    expect(keys).toContain('loc:united states');
  });

  it('uses the tagger on sentence-case headlines', () => {
    const keys = headlineEntityKeys('Joe Biden says Nato will stand with Ukraine');
    expect(keys).toContain('loc:ukraine');
    expect(keys).toContain('per:joe biden');
  });
});

describe('consistency within one text', () => {
  const text =
    'Talks between Baghdad and Washington resumed. Officials in Baghdad said on July 30 that 30 fighters died. Washington declined to comment.';

  it('gives one surface form one type, so it is one entity', () => {
    const baghdad = extractEntities(text).filter((e) => e.name === 'Baghdad');
    expect(baghdad).toHaveLength(1);
    expect(baghdad[0]!.mentions).toHaveLength(2);
  });

  it('never tags a number as a name', () => {
    expect(findEntityMentions(text).filter((m) => !/\p{L}/u.test(m.text))).toEqual([]);
  });
});
