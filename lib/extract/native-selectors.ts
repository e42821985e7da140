/**
 * Whether selectors are best matched by the document's own engine: in a browser (where the `CSS` namespace
 * exists) a native `querySelectorAll` beats a walk that calls `getAttribute` from script at every element;
 * linkedom (the CLI, the tests) re-parses a selector at every element, so there the extractors walk the page
 * by hand. Both ways find the same elements (tests/unit/author-markup.test.ts, headlines.test.ts), but for one
 * thing: on a page without a doctype (quirks mode) a browser matches class names regardless of case.
 */
export const nativeSelectors = (): boolean => typeof (globalThis as { CSS?: unknown }).CSS !== 'undefined';
