/**
 * Text normalisation shared by merge keys and gazetteer look-ups, so that "Ain al-Asad", "Ain Al Asad"
 * and "AIN AL-ASAD" compare equal, and "U.S." equals "US".
 */

/** Lower-case, strip accents, drop dots in acronyms, hyphens and apostrophes to spaces, squeeze spaces. */
export function normalizeName(name: string): string {
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
