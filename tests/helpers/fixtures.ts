import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../cli/dom';

const pages = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export function fixtureHtml(slug: string): string {
  return readFileSync(`${pages}${slug}/source.html`, 'utf8');
}

export function fixtureDocument(slug: string, url: string): Document {
  return parseDocument(fixtureHtml(slug), url);
}

export function htmlDocument(html: string, url = 'https://news.example/2024/08/06/story-about-things'): Document {
  return parseDocument(html, url);
}
