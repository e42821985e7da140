import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../lib/extract/claims';
import { analyzePage } from '../../lib/extract/analyze';
import { fixtureDocument } from '../helpers/fixtures';

// Hard cases fixed against the PolNeAR error analysis; every sentence here is written for the test.
const attributed = (text: string) =>
  extractClaims(text, { resolvePronouns: false }).claims.filter((c) => c.kind !== 'numeric');

describe('speakers are noun phrases', () => {
  test('a participle before a cue-like plural is not a speaker ("…, raising fears …")', () => {
    const claims = attributed(
      'A farmers’ union in Brittany said on Monday that its blockade of the port would continue, raising fears of fuel shortages across the region.',
    );
    expect(claims.map((c) => c.speaker?.text)).toEqual(['A farmers’ union in Brittany']);
    expect(claims[0]!.content.text).toBe(
      'that its blockade of the port would continue, raising fears of fuel shortages across the region',
    );
  });

  test('"a senior member of one of the parties" keeps its article and adjective', () => {
    const [c] = attributed(
      'The coalition talks have collapsed for good, a senior member of one of the parties confirmed to The Courier on Friday.',
    );
    expect(c?.speaker?.text).toBe('a senior member of one of the parties');
    expect(c?.content.text).toBe('The coalition talks have collapsed for good');
  });

  test('an attribution embedded in another one ("of what he called …") does not cut the outer content', () => {
    const claims = attributed('She accused the council of what she called “years of neglect” in the harbour district.');
    const outer = claims.find((c) => c.cue?.text === 'accused');
    expect(outer?.content.text).toBe('the council of what she called “years of neglect” in the harbour district');
  });
});

describe('speakers on our own fixture pages', () => {
  test.each(['militia-followup', 'militia-truce'])('%s: every speaker is a noun phrase', (slug) => {
    const url = `https://news.example/2024/08/07/${slug}`;
    const speakers = analyzePage(fixtureDocument(slug, url), url).claims.flatMap((c) =>
      c.speaker ? [c.speaker.text] : [],
    );
    expect(speakers.length).toBeGreaterThan(3);
    for (const s of speakers) expect(s).not.toMatch(/^\p{Ll}+ing$/u);
    if (slug === 'militia-followup') expect(speakers).toContain('An Iran-aligned armed group in Iraq');
  });
});
