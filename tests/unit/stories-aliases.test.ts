import { describe, expect, test } from 'vitest';
import type { StoryItem } from '../../lib/stories/cluster';
import { groupStories } from '../../lib/stories/cluster';
import { aliasKeys } from '../../lib/stories/aliases';
import { itemTerms, titleTerms } from '../../lib/stories/features';
import { storyHalf } from '../../scripts/eval/stories';

// Headlines written for these tests.
const at = (hour: number): string => new Date(Date.UTC(2024, 4, 6, hour)).toISOString();
let n = 0;
const item = (title: string, hour: number): StoryItem => ({
  id: `a${++n}`,
  title,
  publisher: 'Outlet',
  published: at(hour),
});

describe('aliasKeys', () => {
  test('a demonym and its country name give one place key', () => {
    expect(aliasKeys('Norwegian wealth fund sells coal stakes')).toEqual(['loc:norway']);
    expect(aliasKeys("Norway's oil fund dumps coal shares")).toEqual(['loc:norway']);
    expect(aliasKeys('Chilean miners rescued')).toEqual(aliasKeys('Rescue in Chile'));
  });

  test('abbreviations and other names of a country or organisation share its key', () => {
    expect(aliasKeys('U.K. inflation slows')).toEqual(['loc:united kingdom']);
    expect(aliasKeys('Britain inflation slows')).toEqual(['loc:united kingdom']);
    expect(aliasKeys('EU fines carmakers')).toEqual(['org:european union']);
    expect(aliasKeys('European Union fines carmakers')).toEqual(['org:european union']);
    expect(aliasKeys('Two North Korean ships seized')).toEqual(['loc:north korea']);
  });

  test('words that are neither places nor merged organisations give no key', () => {
    expect(aliasKeys('Coffee prices climb for a third week')).toEqual([]);
    expect(aliasKeys('')).toEqual([]);
    // Lower-case "us" is the pronoun, not the country.
    expect(aliasKeys('Tell us what you think')).toEqual([]);
  });
});

describe('item features', () => {
  test('place keys are title terms and weighted terms', () => {
    const it = item('Peruvian congress votes to remove president', 1);
    expect(titleTerms(it)).toContain('loc:peru');
    expect(itemTerms(it).get('loc:peru')).toBe(1);
  });

  test('a changed title is analysed again, not served from the cache', () => {
    const it = item('Peruvian congress votes to remove president', 1);
    expect(titleTerms(it)).toContain('loc:peru');
    it.title = 'Chilean senate approves pension bill';
    expect(titleTerms(it)).toContain('loc:chile');
    expect(titleTerms(it)).not.toContain('loc:peru');
  });
});

describe('grouping with aliases', () => {
  test('headlines naming a country in different forms join one story; another fund story stays apart', () => {
    // They share only "fund" as written; the place key is the rest of the evidence.
    const a = item('Norwegian wealth fund sells stakes in miners', 1);
    const b = item("Norway's giant fund quits mining companies", 2);
    const other = item('Teachers pension fund reports record returns', 3);
    // "fund" is a common word elsewhere in the collection, as it is in any real one: a word is weighed by
    // how rare it is outside a story, so in a collection of these three items alone it would glue them.
    const filler = [
      item('Storm closes ports along the coast', 0),
      item('Chipmaker raises forecast on data-centre demand', 0),
      item('Museum returns looted bronzes', 0),
      item('Hedge fund founder buys basketball team', 0),
      item('Index fund fees fall to a new low', 0),
    ];
    const result = groupStories([...filler, a, b, other]);
    expect(result.get(b.id)).toBe(result.get(a.id));
    expect(result.get(other.id)).not.toBe(result.get(a.id));
  });
});

describe('eval halves', () => {
  test('each gold story falls in one fixed half, and both halves are used', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `story-${i}`);
    const halves = ids.map(storyHalf);
    expect(ids.map(storyHalf)).toEqual(halves);
    expect(new Set(halves)).toEqual(new Set(['dev', 'test']));
  });
});
