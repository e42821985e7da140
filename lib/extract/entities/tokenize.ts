/**
 * Word tokens with exact offsets into the original text. The split follows WikiANN's tokenisation (the
 * training data) so runtime tokens look like training tokens: hyphenated words stay whole
 * ("al-Asad", "Rolls-Royce") except a capitalised word's lower-case suffix ("Iranian-backed" → "Iranian",
 * "-", "backed"), dotted acronyms stay whole ("U.S."), and the possessive "'s" is its own token so
 * "Iraq's" yields the mention "Iraq".
 */
export interface Token {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = [
  'Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Prof|Jr|Sr|Adm|Maj|Brig|Cmdr|Supt|Insp|Det|Fr|Msgr',
  'Inc|Corp|Co|Cos|Ltd|Bros|Mt|Ft|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec',
  'Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo',
].join('|');

// Order matters: the first alternative that matches at a position wins.
const TOKEN_RE = new RegExp(
  [
    // Dotted acronyms and initials runs: U.S., U.K., R.H., e.g.
    String.raw`(?:\p{L}\.){2,}`,
    // Abbreviations that keep their dot: titles, company suffixes, months, and the AP style's US states
    // ("Dearborn, Mich."), so that a name's span ends where the name does, even before "'s" or a comma.
    String.raw`(?:${ABBREVIATIONS})\.(?=\s|$|['’]s\b|[,;:)"”’])`,
    // A single capital initial followed by more name: "John F. Kennedy".
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`,
    // The possessive clitic, split off the word before it.
    String.raw`['’]s\b`,
    // Words, with inner apostrophes, hyphens and periods in numbers: al-Asad, d'Agoult, O'Neill, 3.5; a
    // soft hyphen or zero-width character inside a word ("Vladi\u00admir") is part of it.
    String.raw`[\p{L}\p{M}\p{N}]+(?:(?:['’](?![sS]\b)|[-‐‑.,](?=[\p{L}\p{N}])|[\u00ad\u200b-\u200d](?=[\p{L}]))[\p{L}\p{M}\p{N}]+)*`,
    // Anything else that is not space: punctuation, one character at a time.
    String.raw`[^\s\p{L}\p{M}\p{N}]`,
  ].join('|'),
  'gu',
);

/** A capitalised word with a lower-case last part: "Iranian-backed", "Diego-based" (not "Rolls-Royce"). */
const HYPHEN_RE = /[-‐‑]/;
const NAME_SUFFIX_RE = /^\p{Lu}[^]*[-‐‑](\p{Ll}{3,})$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const word = m[0];
    const suffix = word.length > 4 && HYPHEN_RE.test(word) ? NAME_SUFFIX_RE.exec(word) : null;
    if (suffix) {
      // The name and its lower-case suffix are separate tokens, so that "San Diego-based" yields "San Diego".
      const dash = m.index + word.length - suffix[1]!.length - 1;
      tokens.push({ start: m.index, end: dash, text: text.slice(m.index, dash) });
      tokens.push({ start: dash, end: dash + 1, text: text[dash]! });
      tokens.push({ start: dash + 1, end: m.index + word.length, text: suffix[1]! });
    } else tokens.push({ start: m.index, end: m.index + word.length, text: word });
  }
  return tokens;
}
