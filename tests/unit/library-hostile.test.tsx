// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import DOMPurify from 'dompurify';
import { capturePage } from '../../lib/extract/capture';
import { readMainContent } from '../../lib/extract/readable';
import { ReaderView } from '../../components/reading/ReaderView';
import { ChangeNotice } from '../../components/reading/ChangeNotice';
import { diffParagraphs } from '../../lib/library/changes';
import { offlineCopy, pageDocument, savedItem } from '../helpers/library';

const PAGE_URL = 'http://127.0.0.1/politics/2024/08/09/harbour-council-delays-sea-wall-vote';
const DANGER = 'script, iframe, form, style, svg, [onerror], [onload], [onclick], [style], [href^="javascript:"]';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

describe('a hostile page on the reading-list path', () => {
  test('the capture keeps the article and drops every payload', () => {
    const page = capturePage(pageDocument('council-vote', PAGE_URL), PAGE_URL, DOMPurify);
    expect(page.text).toContain('We would rather build the right wall late than the wrong wall on time');
    expect(page.html).toContain('rock armour');
    const captured = new DOMParser().parseFromString(page.html, 'text/html');
    expect(captured.querySelectorAll(DANGER)).toHaveLength(0);
    // Payloads in the page's text survive only escaped, as text.
    expect(page.html).not.toMatch(/<script|<iframe|<img[^>]*onerror|<p[^>]*onclick|href="javascript:/i);
    // Page text that merely looks like markup stays text.
    expect(page.text).toContain("<script>document.documentElement.dataset.pwned='text'</script>");
  });

  test('the reader view sanitizes again: an unsanitized copy (say, from an import file) renders inert', () => {
    const raw = readMainContent(pageDocument('council-vote', PAGE_URL), undefined, true)!.html!;
    expect(raw).toMatch(/onerror|onclick/);
    const item = savedItem({
      url: PAGE_URL,
      title: 'Harbour council <img src=x onerror="document.documentElement.dataset.pwned=1"> delays vote',
      authors: ['Eve <svg onload="document.documentElement.dataset.pwned=2"> Marlow'],
      publisher: 'Harbour <script>document.documentElement.dataset.pwned=3</script> Herald',
    });
    const root = mount(
      <ReaderView item={item} copy={{ ...offlineCopy(item, 'x'), html: raw }} onBack={() => undefined} />,
    );
    expect(root.querySelector('[data-testid="reader-body"]')!.textContent).toContain('rock armour');
    expect(root.querySelectorAll(DANGER)).toHaveLength(0);
    expect(root.querySelector('[data-testid="reader-title"]')!.textContent).toBe(item.title);
    expect(root.querySelector('[data-testid="reader-byline"]')!.textContent).toContain('<svg onload=');
    expect(document.documentElement.dataset.pwned).toBeUndefined();
  });

  test('changed paragraphs are shown as text', () => {
    const change = diffParagraphs(
      'Calm.',
      'Calm.\n\n<img src=x onerror="document.documentElement.dataset.pwned=4">',
      'T',
    )!;
    const root = mount(<ChangeNotice change={change} saved />);
    expect(root.querySelector('ins')!.textContent).toBe(
      '<img src=x onerror="document.documentElement.dataset.pwned=4">',
    );
    expect(root.querySelectorAll(DANGER + ', img')).toHaveLength(0);
  });
});
