import { createInterface } from 'node:readline';
import { findEntityMentions, headlineEntityKeys } from '../lib/extract/entities';
import { findTimexes } from '../lib/extract/dates';
import { extractClaims } from '../lib/extract/claims';
import { groupStories, type StoryItem } from '../lib/stories/cluster';
import type { Io } from './main';

export const JSONL_COMMANDS = ['entities', 'dates', 'claims', 'stories'] as const;
type JsonlCommand = (typeof JSONL_COMMANDS)[number];
type Row = Record<string, unknown>;

const MAX_TEXT = 2_000_000;

function field(row: Row, name: string, required: boolean): string | undefined {
  const v = row[name];
  if (v === undefined || v === null) {
    if (required) throw new Error(`missing "${name}"`);
    return undefined;
  }
  if (typeof v !== 'string') throw new Error(`"${name}" must be a string`);
  if (v.length > MAX_TEXT) throw new Error(`"${name}" is longer than ${MAX_TEXT} characters`);
  return v;
}

const perLine: Record<Exclude<JsonlCommand, 'stories'>, (row: Row) => Row> = {
  entities: (row) => ({
    entities: findEntityMentions(field(row, 'text', true)!).map(({ start, end, type, text, key }) => ({
      start,
      end,
      type,
      text,
      key,
    })),
  }),
  dates: (row) => ({
    dates: findTimexes(field(row, 'text', true)!, field(row, 'date', false) ?? null).map(
      ({ start, end, text, value }) => ({ start, end, text, value }),
    ),
  }),
  claims: (row) => ({
    claims: extractClaims(field(row, 'text', true)!).claims.map((c) => ({
      kind: c.kind,
      content: { start: c.content.start, end: c.content.end },
      speaker: c.speaker ? { start: c.speaker.start, end: c.speaker.end, text: c.speaker.text } : null,
      cue: c.cue ? { start: c.cue.start, end: c.cue.end } : null,
    })),
  }),
};

/**
 * The item a `stories` row is grouped as. A row without text is a headline, and is given the entity keys
 * the extension stores with every harvested headline (`headlineEntityKeys` of its title), so that
 * `backstory stories` groups headlines as the extension does.
 */
export function storyItem(id: string, row: Row): StoryItem {
  const title = field(row, 'title', true)!;
  const text = field(row, 'text', false);
  return {
    id,
    title,
    text,
    publisher: field(row, 'publisher', false) ?? null,
    published: field(row, 'published', false) ?? null,
    entityKeys: text === undefined ? headlineEntityKeys(title) : undefined,
  };
}

function parseLine(line: string): { id: unknown; row: Row } {
  const value: unknown = JSON.parse(line);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('each line must be a JSON object');
  return { id: (value as Row).id ?? null, row: value as Row };
}

/** One output line per input line, same `id`; a bad line gives `{id, error}` and the run goes on. */
export async function runJsonl(command: JsonlCommand, io: Io): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  const write = (obj: Row) => io.stdout.write(`${JSON.stringify(obj)}\n`);
  let failed = 0;
  if (command === 'stories') {
    const items: Array<{ id: unknown; item: StoryItem } | { id: unknown; error: string }> = [];
    let n = 0;
    for await (const line of lines) {
      if (!line.trim()) continue;
      try {
        const { id, row } = parseLine(line);
        items.push({ id, item: storyItem(`#${n++}`, row) });
      } catch (error) {
        items.push({ id: null, error: message(error) });
      }
    }
    const groups = groupStories(items.flatMap((i) => ('item' in i ? [i.item] : [])));
    for (const i of items) {
      if ('error' in i) {
        failed++;
        write({ id: i.id, error: i.error });
      } else write({ id: i.id, story: groups.get(i.item.id) ?? null });
    }
    return failed ? 1 : 0;
  }
  for await (const line of lines) {
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const parsed = parseLine(line);
      id = parsed.id;
      write({ id, ...perLine[command](parsed.row) });
    } catch (error) {
      failed++;
      write({ id, error: message(error) });
    }
  }
  return failed ? 1 : 0;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
