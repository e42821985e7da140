import { analyzeFile, type AnalyzeError, type AnalyzeRecord } from './analyze';
import { runJsonl, JSONL_COMMANDS } from './jsonl';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

const USAGE = `Usage: backstory <command> [options]

Commands:
  analyze FILE...        Analyse saved pages (.html or .html.gz)
      --url URL          the page's address (one file only); default: its canonical link, else the file
      --json             one pretty JSON object (an array for several files)
      --jsonl            one JSON object per line, with a "file" field
  entities --jsonl       {id, text} lines in → {id, entities} lines out
  dates --jsonl          {id, text, date} lines in → {id, dates} lines out
  claims --jsonl         {id, text} lines in → {id, claims} lines out
  stories --jsonl        {id, title, text?, publisher?, published?} lines in → {id, story} lines out

A file that cannot be read or parsed gives an {"file", "error"} object and the run goes on; the exit
code is 1 when any file failed, 2 for a usage error.`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === 'analyze') return analyzeCommand(rest, io);
  if ((JSONL_COMMANDS as readonly string[]).includes(command)) {
    if (!rest.includes('--jsonl')) {
      io.stderr.write(`backstory ${command} reads JSON Lines: pass --jsonl\n`);
      return 2;
    }
    return runJsonl(command as (typeof JSONL_COMMANDS)[number], io);
  }
  io.stderr.write(`Unknown command: ${command}\n\n${USAGE}\n`);
  return 2;
}

async function analyzeCommand(args: string[], io: Io): Promise<number> {
  const files: string[] = [];
  let url: string | undefined;
  let format: 'text' | 'json' | 'jsonl' = 'text';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') format = 'json';
    else if (a === '--jsonl') format = 'jsonl';
    else if (a === '--url') url = args[++i];
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a.startsWith('-')) {
      io.stderr.write(`Unknown option: ${a}\n`);
      return 2;
    } else files.push(a);
  }
  if (!files.length) {
    io.stderr.write('backstory analyze: no files given\n');
    return 2;
  }
  if (url !== undefined && (files.length !== 1 || !/^https?:\/\//.test(url))) {
    io.stderr.write('backstory analyze: --url takes one http(s) URL and one file\n');
    return 2;
  }
  const results: Array<AnalyzeRecord | AnalyzeError> = [];
  let failed = 0;
  for (const file of files) {
    const r = await analyzeFile(file, url);
    if ('error' in r) failed++;
    if (format === 'jsonl') io.stdout.write(`${JSON.stringify(r)}\n`);
    else if (format === 'text') io.stdout.write(`${summarize(r)}\n`);
    else results.push(r);
  }
  if (format === 'json') io.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  return failed ? 1 : 0;
}

function summarize(r: AnalyzeRecord | AnalyzeError): string {
  if ('error' in r) return `${r.file}: error: ${r.error}`;
  const lines = [
    `${r.file}`,
    `  ${r.isArticle ? 'Article' : 'Not an article'}: ${r.title}`,
    `  ${r.publisher ?? '?'}${r.authors.length ? ` · ${r.authors.join(', ')}` : ''}${r.publishedTime ? ` · ${r.publishedTime}` : ''}`,
    `  ${r.wordCount} words · ${r.entities.length} entities · ${r.claims.length} claims · ${r.dates.length} dates · ${r.headlines.length} headlines`,
  ];
  if (r.entities.length)
    lines.push(
      `  Entities: ${r.entities
        .slice(0, 8)
        .map((e) => `${e.name} (${e.type})`)
        .join(', ')}`,
    );
  return lines.join('\n');
}
