import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { readingListCsv, readingListMarkdown } from '../../lib/library/export/reading-list';
import { NOW, savedItem } from '../helpers/library';

const items = [
  savedItem({ tags: ['iraq', 'security'], note: 'Check the figures.', favourite: true }),
  savedItem({
    url: 'https://evil.example/x',
    title: '=HYPERLINK("https://evil.example") [click](javascript:alert(1)) <b>',
    publisher: null,
    publishedTime: null,
    status: 'archived',
  }),
];

describe('reading list exports', () => {
  test('CSV: one row per item, spreadsheet formulas defused, readable back', () => {
    const rows = Papa.parse<Record<string, string>>(readingListCsv(items), { header: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      title: items[0]!.title,
      tags: 'iraq|security',
      favourite: 'yes',
      status: 'unread',
    });
    expect(rows[1]!.title).toBe(`'${items[1]!.title}`);
  });

  test('Markdown: grouped by status; titles cannot make links or markup', () => {
    const md = readingListMarkdown(items, NOW);
    expect(md).toContain('Exported from Backstory on 2024-08-10.');
    expect(md).toContain(
      '## Unread\n\n- [Iraqi militia says truce with US forces is over](<https://news.example/iraq/truce>) ★ — Tigris Times, 2024-08-07 #iraq #security\n  > Check the figures.',
    );
    expect(md).toContain(
      '## Archived\n\n- [=HYPERLINK\\("https://evil.example"\\) \\[click\\]\\(javascript:alert\\(1\\)\\) \\<b\\>](<https://evil.example/x>)',
    );
  });
});
