import { createInterface } from 'node:readline';
import { findEntityMentions } from '../lib/extract/entities';
import { findTimexes } from '../lib/extract/dates';
import { extractClaims } from '../lib/extract/claims';
import { groupStories } from '../lib/stories/cluster';
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
    const items: Array<{ id: unknown; key: string; row: Row } | { id: unknown; error: string }> = [];
    let n = 0;
    for await (const line of lines) {
      if (!line.trim()) continue;
      try {
        const { id, row } = parseLine(line);
        field(row, 'title', true);
        for (const f of ['text', 'publisher', 'published']) field(row, f, false);
        items.push({ id, key: `#${n++}`, row });
      } catch (error) {
        items.push({ id: null, error: message(error) });
      }
    }
    const ok = items.filter((i): i is { id: unknown; key: string; row: Row } => 'row' in i);
    const groups = groupStories(
      ok.map((i) => ({
        id: i.key,
        title: i.row.title as string,
        text: i.row.text as string | undefined,
        publisher: (i.row.publisher as string | undefined) ?? null,
        published: (i.row.published as string | undefined) ?? null,
      })),
    );
    for (const item of items) {
      if ('error' in item) {
        failed++;
        write({ id: item.id, error: item.error });
      } else write({ id: item.id, story: groups.get(item.key) ?? null });
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
