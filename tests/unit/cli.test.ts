import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { storyItem } from '../../cli/jsonl';
import { main } from '../../cli/main';
import { headlineEntityKeys } from '../../lib/extract/entities';
import { headlineItem } from '../../lib/store/stories';
import { itemTerms } from '../../lib/stories/features';
import type { StoredHeadline } from '../../lib/types';
import { fixtureHtml } from '../helpers/fixtures';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  const code = await main(args, { stdout, stderr, stdin: Readable.from([stdin]) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
const page = join(dir, 'truce.html.gz');
writeFileSync(page, gzipSync(fixtureHtml('militia-truce')));
const broken = join(dir, 'broken.html.gz');
writeFileSync(broken, 'not gzip at all');

describe('backstory analyze', () => {
  test('--json: one object with the documented fields, offsets into text', async () => {
    const url = 'https://gulf-ledger.example/middle-east/2024/08/06/pro-iran-militias';
    const { code, out } = await run(['analyze', page, '--url', url, '--json']);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    for (const field of [
      'file',
      'url',
      'isArticle',
      'title',
      'authors',
      'publisher',
      'publishedTime',
      'modifiedTime',
      'lang',
      'canonicalUrl',
      'excerpt',
      'text',
      'entities',
      'claims',
      'dates',
      'headlines',
    ]) {
      expect(r).toHaveProperty(field);
    }
    expect(r).toMatchObject({
      file: page,
      url,
      isArticle: true,
      publisher: 'Gulf Ledger',
      authors: ['Mina Haddad', 'Omar Saleh'],
    });
    const date = r.dates.find((d: { value: string }) => d.value === '2024-07-30');
    expect(r.text.slice(date.start, date.end)).toBe(date.text);
  });

  test('without --url the page gets its own address only when it states an absolute one', async () => {
    const { out } = await run(['analyze', page, '--json']);
    // The fixture's canonical link is relative: the file's own address is used.
    expect(JSON.parse(out).url).toBe(`file://${page}`);
  });

  test('--jsonl: a broken file gives an error line, the run goes on, exit code 1', async () => {
    const { code, out } = await run(['analyze', broken, page, '--jsonl']);
    expect(code).toBe(1);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ file: broken });
    expect(typeof lines[0].error).toBe('string');
    expect(lines[1]).toMatchObject({ file: page, isArticle: true });
  });

  test('usage errors exit 2', async () => {
    expect((await run(['analyze'])).code).toBe(2);
    expect((await run(['analyze', page, page, '--url', 'https://a.example/'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('JSON Lines commands', () => {
  test('entities: one line per input line with the same id; a bad line gives {id, error}', async () => {
    const input = ['{"id":"a","text":"Haider Al Lami spoke in Baghdad."}', 'not json', '{"id":7}'].join('\n');
    const { code, out } = await run(['entities', '--jsonl'], input);
    expect(code).toBe(1);
    const [a, bad, missing] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(a.id).toBe('a');
    expect(a.entities.map((e: { text: string; type: string }) => `${e.type}:${e.text}`)).toEqual([
      'PER:Haider Al Lami',
      'LOC:Baghdad',
    ]);
    expect(bad).toMatchObject({ id: null });
    expect(missing).toEqual({ id: 7, error: 'missing "text"' });
  });

  test('dates resolve against the given date', async () => {
    const { out } = await run(
      ['dates', '--jsonl'],
      '{"id":1,"text":"The strike on July 30 killed four.","date":"2024-08-06"}',
    );
    expect(JSON.parse(out).dates).toEqual([{ start: 14, end: 21, text: 'July 30', value: '2024-07-30' }]);
  });

  test('a stories row without text is grouped by the terms the extension gives a harvested headline', () => {
    const title = 'Senator Maria Okafor wins Ohio primary as EU observers watch';
    const published = '2024-03-04T08:00:00.000Z';
    const harvested = headlineItem({
      id: 'https://outlet.example/1',
      url: 'https://outlet.example/1',
      domain: 'outlet.example',
      title,
      time: published,
      timeText: null,
      foundOn: 'https://outlet.example/rss',
      entityKeys: headlineEntityKeys(title),
      storyId: null,
      seenAt: published,
    } satisfies StoredHeadline);
    const row = storyItem('#0', { id: 1, title, published });
    expect(harvested.entityKeys).toContain('per:maria okafor');
    expect(row.entityKeys).toEqual(harvested.entityKeys);
    expect([...itemTerms(row)]).toEqual([...itemTerms(harvested)]);
    expect(row.published).toBe(harvested.published);
  });

  test('stories group the whole input', async () => {
    const rows = [
      { id: 1, title: 'Iraqi militias end truce with US forces after Babil strike' },
      { id: 2, title: 'Militias in Iraq declare end of truce with US forces' },
      { id: 3, title: 'Harbour City wins the Muscat summer regatta' },
    ];
    const { out } = await run(['stories', '--jsonl'], rows.map((r) => JSON.stringify(r)).join('\n'));
    const stories = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).story);
    expect(stories[0]).toBe(stories[1]);
    expect(stories[2]).not.toBe(stories[0]);
  });
});
