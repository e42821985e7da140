// citation-js ships no type declarations; these cover what Backstory calls.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Array<Record<string, unknown>>;
    format(format: string, options?: { format?: 'text' | 'html' | 'string' | 'object'; spec?: string }): unknown;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  export function parse(name: string): Record<string, string>;
}
