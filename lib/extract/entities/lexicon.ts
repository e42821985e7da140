import { decodeLexicon, lexiconHas, type Lexicon, type LexiconCategory, type LexiconFile } from './lexicon-codec';
import lexiconFile from './lexicon.json';

/** The shipped lexicon (see lexicon-codec.ts), decoded at first use. */
let lexicon: Lexicon | null = null;

export function inLexicon(cat: LexiconCategory, phrase: string): boolean {
  lexicon ??= decodeLexicon(lexiconFile as LexiconFile);
  return lexiconHas(lexicon, cat, phrase);
}
