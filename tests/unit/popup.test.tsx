// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App, type PopupApi } from '../../components/App';
import type { TabView } from '../../lib/view';
import type { StoredAnalysis, StoredArticle } from '../../lib/types';

const article: StoredArticle = {
  id: 'https://b.example/a',
  url: 'https://b.example/a',
  domain: 'b.example',
  isArticle: true,
  wordCount: 300,
  title: '<img src=x onerror=alert(1)> Truce is over',
  authors: ['Sara Whitfield'],
  publisher: 'Tigris Times',
  publishedTime: '2024-08-07T07:30:00Z',
  modifiedTime: null,
  section: null,
  lang: 'en',
  canonicalUrl: null,
  image: null,
  excerpt: null,
  entityKeys: [],
  storyId: 's1',
  analyzedAt: '2024-08-07T08:00:00Z',
  firstSeen: '2024-08-07T08:00:00Z',
};
const analysis: StoredAnalysis = {
  id: article.id,
  text: 'x',
  dates: [],
  entities: [
    {
      key: 'per:haider al lami',
      type: 'PER',
      name: 'Haider Al Lami',
      aliases: ['Haider Al Lami'],
      mentions: [{ start: 0, end: 1, text: 'x' }],
    },
  ],
  claims: [
    {
      kind: 'reported',
      content: { start: 0, end: 1, text: 'the truce is over' },
      speaker: { start: 0, end: 1, text: 'Haider Al Lami' },
      cue: { start: 0, end: 1, text: 'said' },
      sentence: { start: 0, end: 1 },
    },
  ],
  citedSources: [{ start: 0, end: 1, name: 'The National', cue: 'confirmed to' }],
};
const articleView: TabView = {
  status: 'article',
  url: article.url,
  article,
  analysis,
  publisherCount: 3,
  story: null,
  related: [
    {
      kind: 'article',
      id: 'a',
      url: 'javascript:alert(1)',
      title: 'Hostile link',
      publisher: 'Evil',
      domain: 'evil.example',
      time: null,
      score: 1,
      sameOutlet: false,
    },
    {
      kind: 'headline',
      id: 'h',
      url: 'https://a.example/x',
      title: 'Militias end truce',
      publisher: null,
      domain: 'a.example',
      time: '2024-08-06T09:00:00Z',
      score: 0.5,
      sameOutlet: false,
    },
  ],
  timeline: [
    {
      day: '2024-07-30',
      value: '2024-07-30',
      text: 'July 30',
      sentence: 'A strike on July 30 killed four.',
      articleId: article.id,
      articleTitle: article.title,
      publisher: 'Tigris Times',
      isCurrent: true,
    },
  ],
};

function api(views: TabView[], onAnalyze?: () => void): PopupApi {
  let i = 0;
  return {
    getView: async () => ({ ok: true, value: views[Math.min(i++, views.length - 1)]! }),
    analyze: async () => {
      onAnalyze?.();
      return { ok: true, value: { started: true } };
    },
  };
}

async function mount(a: PopupApi): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => render(<App tabId={3} api={a} />, root));
  return root;
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const byTestId = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`);

describe('popup', () => {
  test('shows source, then timeline and related on their tabs; page text is never HTML', async () => {
    const root = await mount(api([articleView]));
    await settle();
    expect(byTestId(root, 'headline')?.textContent).toBe('<img src=x onerror=alert(1)> Truce is over');
    expect(root.querySelector('img')).toBeNull();
    expect(byTestId(root, 'publisher')?.textContent).toContain('Tigris Times');
    expect(byTestId(root, 'cited-sources')?.textContent).toContain('The National');
    expect(byTestId(root, 'publisher-count')?.textContent).toBe('3 articles from this publisher');
    expect(byTestId(root, 'claims')?.textContent).toContain('Haider Al Lami');

    await act(async () => (byTestId(root, 'tab-timeline') as HTMLButtonElement).click());
    expect(byTestId(root, 'timeline')?.textContent).toContain('A strike on July 30 killed four.');
    expect(byTestId(root, 'timeline')?.textContent).toContain('This article');

    await act(async () => (byTestId(root, 'tab-related') as HTMLButtonElement).click());
    const links = [...root.querySelectorAll('[data-testid="related"] a')] as HTMLAnchorElement[];
    expect(links.map((a) => a.textContent)).toEqual(['Hostile link', 'Militias end truce']);
    // A javascript: URL from a page never becomes a link.
    expect(links[0]!.getAttribute('href')).toBeNull();
    expect(links[1]!.getAttribute('href')).toBe('https://a.example/x');
    expect(links[1]!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('arrow keys move between tabs', async () => {
    const root = await mount(api([articleView]));
    await settle();
    const source = byTestId(root, 'tab-source') as HTMLButtonElement;
    await act(async () => {
      source.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(byTestId(root, 'tab-timeline')?.getAttribute('aria-selected')).toBe('true');
  });

  test('not an article: says so, and "analyse anyway" asks the background then shows the result', async () => {
    let asked = 0;
    const views: TabView[] = [
      { status: 'not-article', url: 'https://a.example/tides', signals: [] },
      { status: 'pending', url: '' },
      articleView,
    ];
    const root = await mount(api(views, () => asked++));
    await settle();
    expect(byTestId(root, 'not-article')?.textContent).toContain('Not a news article');
    await act(async () => (byTestId(root, 'analyze-anyway') as HTMLButtonElement).click());
    expect(asked).toBe(1);
    await act(async () => new Promise((r) => setTimeout(r, 900)));
    expect(byTestId(root, 'headline')).not.toBeNull();
  });

  test('errors from the background are shown with a retry', async () => {
    const failing: PopupApi = {
      getView: async () => ({ ok: false, error: 'Storage is full' }),
      analyze: async () => ({ ok: false, error: 'x' }),
    };
    const root = await mount(failing);
    await settle();
    expect(byTestId(root, 'error')?.textContent).toContain('Storage is full');
  });
});
