/**
 * Text normalisation shared by merge keys and gazetteer look-ups, so that "Ain al-Asad", "Ain Al Asad"
 * and "AIN AL-ASAD" compare equal, and "U.S." equals "US".
 */

const memo = new Map<string, string>();

/**
 * Lower-case, strip accents, drop dots in acronyms, hyphens and apostrophes to spaces, squeeze spaces.
 * Memoised: a text names the same few things many times, and the seven replacements are not cheap.
 */
export function normalizeName(name: string): string {
  let out = memo.get(name);
  if (out === undefined) {
    if (memo.size >= 20_000) memo.clear();
    memo.set(name, (out = normalize(name)));
  }
  return out;
}

function normalize(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/\.(?=\S)|\.$/gu, '')
    .replace(/[-‐‑–—_'’"“”]+/gu, ' ')
    .replace(/[^\p{L}\p{N} &]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
