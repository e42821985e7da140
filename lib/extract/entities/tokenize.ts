/**
 * Word tokens with exact offsets into the original text. The split follows WikiANN's tokenisation (the
 * training data) so runtime tokens look like training tokens: hyphenated words stay whole
 * ("al-Asad"), dotted acronyms stay whole ("U.S."), and the possessive "'s" is its own token so
 * "Iraq's" yields the mention "Iraq".
 */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN_RE = new RegExp(
  [
    // Dotted acronyms and initials runs: U.S., U.K., R.H., e.g.
    String.raw`(?:\p{L}\.){2,}`,
    // Common abbreviations that keep their dot (titles and company suffixes).
    String.raw`(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Prof|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Ft|Adm|Maj|Brig|No)\.(?=\s|$)`,
    // A single capital initial followed by more name: "John F. Kennedy".
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`,
    // The possessive clitic, split off the word before it.
    String.raw`['’]s\b`,
    // Words, with inner apostrophes, hyphens and periods in numbers: al-Asad, d'Agoult, O'Neill, 3.5.
    String.raw`[\p{L}\p{M}\p{N}]+(?:(?:['’](?![sS]\b)|[-‐‑.,](?=[\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+)*`,
    // Anything else that is not space: punctuation, one character at a time.
    String.raw`[^\s\p{L}\p{M}\p{N}]`,
  ].join('|'),
  'gu',
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}
