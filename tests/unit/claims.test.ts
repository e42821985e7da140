import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../lib/extract/claims';
import { findQuotes } from '../../lib/extract/claims/quotes';
import type { Claim } from '../../lib/types';

const attributed = (text: string, opts = {}) => extractClaims(text, opts).claims.filter((c) => c.kind !== 'numeric');
const one = (text: string, opts = {}): Claim => {
  const claims = attributed(text, opts);
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('extractClaims: reported speech', () => {
  test('head name, not the appositive, is the speaker; "that" opens the content', () => {
    const text =
      'Haider Al Lami, a member of the political council of the Al Nujaba Movement, announced that the “resistance factions” have terminated the ceasefire, making all US bases in Iraq potential targets.';
    const c = one(text);
    expect(c.kind).toBe('reported');
    expect(c.speaker?.text).toBe('Haider Al Lami');
    expect(c.cue?.text).toBe('announced');
    // The trailing participle clause is the reporter's gloss on the event, not part of the statement.
    expect(c.content.text).toBe('that the “resistance factions” have terminated the ceasefire');
  });

  test('skips time and occasion adverbials between cue and content', () => {
    const c = one('The mayor said on Tuesday in a statement that the bridge would reopen next month.');
    expect(c.speaker?.text).toBe('The mayor');
    expect(c.content.text).toBe('that the bridge would reopen next month');
  });

  test('"according to officials" at the start and at the end of a sentence', () => {
    const a = one('According to officials, the convoy was struck twice near the border.');
    expect(a.speaker?.text).toBe('officials');
    expect(a.cue?.text).toBe('According to');
    expect(a.content.text).toBe('the convoy was struck twice near the border');
    const b = one('The convoy was struck twice near the border, according to local officials.');
    expect(b.speaker?.text).toBe('local officials');
    expect(b.content.text).toBe('The convoy was struck twice near the border');
  });

  test('post-posed speaker without quotes: "…, the ministry said."', () => {
    const c = one('Three villages were evacuated overnight, the ministry said.');
    expect(c.speaker?.text).toBe('the ministry');
    expect(c.content.text).toBe('Three villages were evacuated overnight');
  });

  test('parenthetical "A, he said, B" keeps both halves', () => {
    const c = one('The plan, she said, would cost far more than promised.', { resolvePronouns: false });
    expect(c.speaker?.text).toBe('she');
    expect(c.content.text).toBe('The plan, she said, would cost far more than promised');
  });

  test('passive "it was reported that" has no speaker', () => {
    const c = one('It was reported that the talks had stalled over the weekend.');
    expect(c.speaker).toBeNull();
    expect(c.content.text).toBe('that the talks had stalled over the weekend');
  });

  test('cue words used as nouns or non-speech verbs make no claim', () => {
    expect(attributed('The United States and its allies met in Geneva.')).toEqual([]);
    expect(attributed('Editor’s note: this story has been updated.')).toEqual([]);
    expect(attributed('He is said to be furious.')).toEqual([]);
    expect(attributed('The bakery found a new supplier.')).toEqual([]);
  });

  test('a sentence with no claim yields nothing at all', () => {
    const { claims, citedSources } = extractClaims('The river rose slowly through the night.');
    expect(claims).toEqual([]);
    expect(citedSources).toEqual([]);
  });
});

describe('extractClaims: quotes', () => {
  test('post-posed inverted speaker: “…,” said Jane Doe, the spokeswoman.', () => {
    const text = '“We will not back down from this fight,” said Jane Doe, the union spokeswoman.';
    const c = one(text);
    expect(c.kind).toBe('quote');
    expect(c.speaker?.text).toBe('Jane Doe');
    expect(c.cue?.text).toBe('said');
    expect(c.content.text).toBe('“We will not back down from this fight,”');
  });

  test('“…,” he said: resolved to the nearby named speaker, or kept as the pronoun', () => {
    const text = 'Maria Lopez said the shelter was full. “We have turned away forty families this week,” she said.';
    const resolved = attributed(text);
    expect(resolved).toHaveLength(2);
    expect(resolved[1]!.kind).toBe('quote');
    expect(resolved[1]!.speaker?.text).toBe('Maria Lopez');
    const kept = attributed(text, { resolvePronouns: false });
    expect(kept[1]!.speaker?.text).toBe('she');
    expect(text.slice(kept[1]!.speaker!.start, kept[1]!.speaker!.end)).toBe('she');
  });

  test('pre-posed speaker with a colon and a multi-sentence quote', () => {
    const text = 'The coach said: “We played badly. We will fix it.” Then he left.';
    const c = one(text);
    expect(c.kind).toBe('quote');
    expect(c.speaker?.text).toBe('The coach');
    expect(c.content.text).toBe('“We played badly. We will fix it.”');
  });

  test('a quote continued after its tail joins the same claim', () => {
    const text = '“It was a long night,” Ahmed said. “Nobody slept at all.”';
    const c = one(text);
    expect(c.speaker?.text).toBe('Ahmed');
    expect(c.content.start).toBe(0);
    expect(c.content.end).toBe(text.length);
  });

  test('scare quotes inside narrative are not claims', () => {
    expect(attributed('The so-called “experts” gathered in the hall.')).toEqual([]);
  });

  test('apostrophes are not quotes; guillemets and doubled singles are', () => {
    const t1 = 'The voters’ anger didn’t fade.';
    expect(findQuotes(t1)).toEqual([]);
    const t2 = '«Nous restons ici», a-t-il dit.';
    expect(findQuotes(t2)[0]).toMatchObject({ start: 0, end: t2.indexOf('»') + 1 });
    const t3 = "''We are done here,'' said Mr. Hale.";
    const c = one(t3);
    expect(c.content.text).toBe("''We are done here,''");
    expect(c.speaker?.text).toBe('Mr. Hale');
  });

  test('offsets index the original text', () => {
    const text = 'Intro.\n\n“Prices will keep rising,” the governor warned on Monday.';
    for (const c of attributed(text)) {
      expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
      if (c.cue) expect(text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
      if (c.speaker) expect(text.slice(c.speaker.start, c.speaker.end)).toBe(c.speaker.text);
    }
  });
});

describe('extractClaims: numeric', () => {
  const numeric = (text: string) => extractClaims(text).claims.filter((c) => c.kind === 'numeric');

  test('counts with number words and quantifiers', () => {
    const [c] = numeric('The strike killed at least four members of the brigade.');
    expect(c?.content.text).toBe('The strike killed at least four members of the brigade');
    expect(c?.cue?.text).toBe('at least four');
    expect(numeric('The attack injured at least five American personnel.')).toHaveLength(1);
  });

  test('percentages and money', () => {
    expect(numeric('Prices rose 3.2% in May.')).toHaveLength(1);
    expect(numeric('The fund is worth $4bn.')).toHaveLength(1);
  });

  test('dates, years and ordinal unit names alone are not figures', () => {
    expect(numeric('The 47th Brigade moved north on May 5, 2016.')).toEqual([]);
    expect(numeric('In 2019 the council met again.')).toEqual([]);
  });
});

describe('extractClaims: cited sources', () => {
  test('"confirmed to The National on Tuesday"', () => {
    const text = 'A senior official confirmed to The National on Tuesday that the talks had collapsed.';
    const { citedSources } = extractClaims(text);
    expect(citedSources).toHaveLength(1);
    expect(citedSources[0]).toMatchObject({ name: 'The National', cue: 'confirmed to' });
    expect(text.slice(citedSources[0]!.start, citedSources[0]!.end)).toBe('The National');
  });

  test('told Reuters, according to the BBC, interview with CNN; generic "reporters" skipped', () => {
    const text =
      'The minister told Reuters the deal was close. According to the BBC, talks resume Monday. She said in an interview with CNN that she was hopeful. He told reporters nothing.';
    const names = extractClaims(text).citedSources.map((s) => [s.name, s.cue]);
    expect(names).toEqual([
      ['Reuters', 'told'],
      ['BBC', 'according to'],
      ['CNN', 'in an interview with'],
    ]);
  });

  test('"according to" a person is not an outlet', () => {
    expect(extractClaims('According to John Smith, the vote was rigged.').citedSources).toEqual([]);
  });
});

describe('extractClaims: wider attribution', () => {
  test('participle after a comma takes the main subject as speaker', () => {
    const claims = attributed('The senator rejected the offer, saying that it came far too late.');
    // Two claims: the stance ("rejected the offer") stops where the second statement starts.
    expect(claims.map((c) => c.content.text)).toEqual(['the offer', 'that it came far too late']);
    const c = claims[1]!;
    expect(c.speaker?.text).toBe('The senator');
    expect(c.cue?.text).toBe('saying');
    expect(c.content.text).toBe('that it came far too late');
  });

  test('stance and attitude verbs: the object or infinitive is the content', () => {
    const a = one('The governor called for an independent inquiry into the fire.');
    expect(a.cue?.text).toBe('called');
    expect(a.content.text).toBe('an independent inquiry into the fire');
    const b = one('The council plans to close the bridge for repairs.');
    expect(b.speaker?.text).toBe('The council');
    expect(b.content.text).toBe('to close the bridge for repairs');
  });

  test('a fronted adverbial is not content: "In June, the minister said …"', () => {
    const c = one('For his part, the minister said the budget would balance by 2027.');
    expect(c.speaker?.text).toBe('the minister');
    expect(c.content.text).toBe('the budget would balance by 2027');
  });

  test('transcript labels and dash signatures name the speaker', () => {
    const text = 'HOST: Will you run again next year?\n\n“We deserve better leaders than this.” ― Ana Ruiz';
    const claims = attributed(text);
    expect(claims.map((c) => c.speaker?.text)).toEqual(['HOST', 'Ana Ruiz']);
  });

  test('plural nouns that look like cues are not cues', () => {
    expect(attributed('Many of their calls went to voicemail overnight.')).toEqual([]);
  });
});

describe('extractClaims: two statements in one sentence', () => {
  test('"X said A, and Y said B": the first content stops at the second attribution', () => {
    const claims = attributed('The mayor said the road would reopen, and the governor said it would not.');
    expect(claims.map((c) => [c.speaker?.text, c.content.text])).toEqual([
      ['The mayor', 'the road would reopen'],
      ['the governor', 'it would not'],
    ]);
  });
});

describe('cited source names stop at the sentence end', () => {
  test('"told the Tigris Times." does not swallow the next sentence or paragraph', () => {
    const text =
      '“The truce is over,” he told the Tigris Times.\n\nRockets later struck the base, according to the Pentagon. Iraqi officials said nothing.';
    const { citedSources } = extractClaims(text);
    expect(citedSources.map((c) => [c.name, c.cue])).toEqual([
      ['Tigris Times', 'told'],
      ['Pentagon', 'according to'],
    ]);
    for (const c of citedSources) expect(text.slice(c.start, c.end)).toBe(c.name);
  });
});
