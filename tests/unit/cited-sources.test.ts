import { describe, expect, test } from 'vitest';
import { analyzePage, citedElsewhere } from '../../lib/extract/analyze';
import { fixtureDocument } from '../helpers/fixtures';

describe('cited outlets', () => {
  test("the publisher's own reporting is not a cited source (“…,” he told the Tigris Times, in the Tigris Times)", () => {
    const url = 'https://news.example/2024/08/07/militia-followup';
    const names = analyzePage(fixtureDocument('militia-followup', url), url).citedSources.map((s) => s.name);
    expect(names).toContain('Pentagon');
    expect(names.some((n) => /tigris times/i.test(n))).toBe(false);
  });

  test('outlets are compared without "the", case and punctuation; other outlets stay', () => {
    const sources = [{ name: 'the Tigris Times' }, { name: 'The National' }, { name: 'TIGRIS-TIMES' }];
    expect(citedElsewhere(sources, 'Tigris Times').map((s) => s.name)).toEqual(['The National']);
    expect(citedElsewhere(sources, null)).toHaveLength(3);
  });
});
