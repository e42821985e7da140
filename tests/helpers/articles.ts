import { analyzePage } from '../../lib/extract/analyze';
import type { AnalyzedArticle } from '../../lib/types';
import { fixtureDocument } from './fixtures';

export const URL_A = 'http://127.0.0.1/middle-east/2024/08/06/pro-iran-militias-iraq-end-truce-us-troops';
export const URL_B = 'http://localhost/iraq/2024/08/07/iraqi-militia-says-truce-with-us-forces-is-over';
export const NOW = new Date('2024-08-07T12:00:00Z');

export function analyzedFixture(
  slug: 'militia-truce' | 'militia-followup' | 'not-article',
  url: string,
): AnalyzedArticle {
  return analyzePage(fixtureDocument(slug, url), url, { now: NOW });
}

/** A small unrelated article, built directly: same outlet as A, another story. */
export function unrelatedArticle(): AnalyzedArticle {
  const a = analyzedFixture('militia-truce', URL_A);
  return {
    ...a,
    url: 'http://127.0.0.1/sport/2024/08/06/harbour-city-wins-the-regatta',
    canonicalUrl: null,
    title: 'Harbour City wins the summer regatta in Muscat',
    text: 'Harbour City sailors won the summer regatta in Muscat on Monday, beating crews from Oman and Bahrain.',
    entities: [
      {
        key: 'org:harbour city',
        type: 'ORG',
        name: 'Harbour City',
        aliases: ['Harbour City'],
        mentions: [{ start: 0, end: 12, text: 'Harbour City' }],
      },
      {
        key: 'loc:muscat',
        type: 'LOC',
        name: 'Muscat',
        aliases: ['Muscat'],
        mentions: [{ start: 47, end: 53, text: 'Muscat' }],
      },
    ],
    claims: [],
    citedSources: [],
    dates: [],
    headlines: [],
  };
}

/** The page with an entity that has no key: its save fails before anything is placed, and aborts. */
export function withKeylessEntity(analyzed: AnalyzedArticle): AnalyzedArticle {
  return {
    ...analyzed,
    entities: [...analyzed.entities, { ...analyzed.entities[0]!, key: undefined as unknown as string }],
  };
}

/** The page with a claim IndexedDB cannot clone: its save fails after the page was placed in a story, and aborts. */
export function withUncloneableClaim(analyzed: AnalyzedArticle): AnalyzedArticle {
  return {
    ...analyzed,
    claims: [...analyzed.claims, { ...analyzed.claims[0]!, cue: (() => null) as unknown as null }],
  };
}
