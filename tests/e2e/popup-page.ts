/**
 * The popup as a page object, over the few operations both drivers share (Playwright for Chromium,
 * Puppeteer for Firefox), so one scenario runs in both browsers.
 */
export interface Driver {
  /** Open an article page in a new tab, wait for it to load, return its browser tab id. */
  openPage(url: string): Promise<number>;
  /** Open the popup describing tab `tabId`. */
  openPopup(tabId: number): Promise<PopupPage>;
  /** Open one of the extension's pages ("reading-list.html") in a tab. */
  openExtensionPage(path: string): Promise<PopupPage>;
  close(): Promise<void>;
}

export interface PopupPage {
  waitFor(testId: string, timeoutMs?: number): Promise<void>;
  text(testId: string): Promise<string>;
  click(testId: string): Promise<void>;
  /** Texts of the elements matching a CSS selector. */
  texts(selector: string): Promise<string[]>;
  screenshot(path: string): Promise<void>;
  /** Type into an input, replacing its value. */
  fill(testId: string, value: string): Promise<void>;
  /** Run a function in the page and return its (serialisable) result. */
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}
