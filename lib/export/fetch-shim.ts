// citation-js 0.8 imports node-fetch for reading citations from URLs, which Backstory never does; in the
// browser build that import points here, to the browser's own fetch (see wxt.config.ts).
const browserFetch: typeof fetch = (...args) => fetch(...args);
export default browserFetch;
export const Headers = globalThis.Headers;
