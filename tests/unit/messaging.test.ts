import { describe, expect, test } from 'vitest';
import { parseMessage, type SenderInfo } from '../../lib/messaging';

const OWN = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const pageSender: SenderInfo = { id: OWN, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };
const popupSender: SenderInfo = { id: OWN, url: `${ORIGIN}popup.html` };
const msg = (name: string, payload: unknown) => ({ backstory: 1, name, payload });

describe('parseMessage', () => {
  test('accepts a well-formed detection from a tab', () => {
    const r = parseMessage(
      msg('page:detected', { url: 'https://news.example/a', isArticle: true, signals: ['og:article'] }),
      pageSender,
      OWN,
      ORIGIN,
    );
    expect(r).toEqual({
      ok: true,
      name: 'page:detected',
      payload: { url: 'https://news.example/a', isArticle: true, signals: ['og:article'] },
    });
  });

  test('refuses unknown names, foreign extensions and non-Backstory messages', () => {
    expect(parseMessage(msg('db:wipe', {}), popupSender, OWN, ORIGIN)).toEqual({
      ok: false,
      error: 'unknown message: db:wipe',
    });
    expect(parseMessage(msg('view:get', { tabId: 1 }), { ...popupSender, id: 'other' }, OWN, ORIGIN)).toEqual({
      ok: false,
      error: 'message from another extension',
    });
    expect(parseMessage({ type: 'hello' }, pageSender, OWN, ORIGIN).ok).toBe(false);
    expect(parseMessage(null, pageSender, OWN, ORIGIN).ok).toBe(false);
    expect(parseMessage(msg('__proto__', {}), pageSender, OWN, ORIGIN).ok).toBe(false);
  });

  test('privileged messages only from extension pages, page messages only from tabs', () => {
    expect(parseMessage(msg('view:get', { tabId: 3 }), pageSender, OWN, ORIGIN)).toEqual({
      ok: false,
      error: 'view:get is only accepted from extension pages',
    });
    expect(parseMessage(msg('view:get', { tabId: 3 }), popupSender, OWN, ORIGIN).ok).toBe(true);
    const detected = msg('page:detected', { url: 'x', isArticle: false, signals: [] });
    expect(parseMessage(detected, popupSender, OWN, ORIGIN)).toEqual({
      ok: false,
      error: 'page:detected is only accepted from a tab',
    });
  });

  test('payloads are checked field by field, with bounds', () => {
    const bad = parseMessage(msg('view:get', { tabId: -1 }), popupSender, OWN, ORIGIN);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^invalid view:get payload at tabId/);
    const huge = parseMessage(
      msg('page:detected', { url: 'x'.repeat(5_000), isArticle: true, signals: [] }),
      pageSender,
      OWN,
      ORIGIN,
    );
    expect(!huge.ok && huge.error).toMatch(/at url/);
    const wrongType = parseMessage(msg('page:analyzed', { article: { url: 'https://a' } }), pageSender, OWN, ORIGIN);
    expect(wrongType.ok).toBe(false);
  });
});
