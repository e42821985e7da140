/**
 * The popup as a page object, over the few operations both drivers share (Playwright for Chromium,
 * Puppeteer for Firefox), so one scenario runs in both browsers.
 */
export interface Driver {
  /** Open an article page in a new tab, wait for it to load, return its browser tab id. */
  openPage(url: string): Promise<number>;
  /** Open the popup describing tab `tabId`. */
  openPopup(tabId: number): Promise<PopupPage>;
  close(): Promise<void>;
}

export interface PopupPage {
  waitFor(testId: string, timeoutMs?: number): Promise<void>;
  text(testId: string): Promise<string>;
  click(testId: string): Promise<void>;
  /** Texts of the elements matching a CSS selector. */
  texts(selector: string): Promise<string[]>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}
