import type { CitedSource } from '../../types';

// An outlet or organisation name: "the BBC", "The National", "CNN", "Fox News", "The New York Times".
// Words stay on one line, and a full stop belongs to a name only inside it ("U.S"), never at its end, so a
// name cannot run into the next sentence ("told the Tigris Times. Rockets …").
const WORD = String.raw`\p{Lu}(?:[\p{L}&'’-]|\.(?=\p{L}))*`;
const NAME = String.raw`(?:[Tt]he[ \t]+)?${WORD}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?${WORD}){0,5}`;
const MEDIA =
  /\b(?:News|Times|Post|Journal|Press|Agency|Television|TV|Radio|Network|Herald|Tribune|Guardian|Telegraph|Reuters|Bloomberg|Jazeera|Observer|Magazine|Gazette|Daily|Channel|Broadcasting|Wire|Monitor|Economist|Politico|Axios|Breitbart|HuffPost|Huffington|Chronicle|Inquirer|Standard|Independent|National|Mirror|Express|Sun|Globe|Star)\b/;
const ACRONYM = /^(?:the\s+)?\p{Lu}{2,6}$/iu;

const CUES: { re: RegExp; cue: string; anyOrg: boolean }[] = [
  { re: new RegExp(String.raw`\b[Aa]ccording to\s+(${NAME})`, 'gu'), cue: 'according to', anyOrg: true },
  {
    re: new RegExp(
      String.raw`\b(confirmed|said|spoke|speaking|explained|revealed|admitted|stated|disclosed|wrote) to\s+(${NAME})`,
      'gu',
    ),
    cue: '',
    anyOrg: false,
  },
  { re: new RegExp(String.raw`\b(told|tells|telling)\s+(${NAME})`, 'gu'), cue: '', anyOrg: false },
  {
    re: new RegExp(String.raw`\b(?:in|during) an? (?:interview|conversation|statement) (?:with|to)\s+(${NAME})`, 'gu'),
    cue: 'in an interview with',
    anyOrg: false,
  },
  {
    re: new RegExp(String.raw`\b(?:reported|reports|reporting) by\s+(${NAME})`, 'gu'),
    cue: 'reported by',
    anyOrg: true,
  },
];

const isOutlet = (name: string, anyOrg: boolean): boolean => {
  const bare = name.replace(/^[Tt]he\s+/, '');
  if (MEDIA.test(bare) || /^\p{Lu}{2,6}$/u.test(bare) || ACRONYM.test(name)) return true;
  // "according to the Pentagon" cites an organisation; "according to John Smith" cites a person.
  return anyOrg && /^[Tt]he\s/.test(name);
};

/** Outlets and organisations a statement was given to or attributed to. Generic "reporters" is skipped. */
export function citedSources(text: string): CitedSource[] {
  const out: CitedSource[] = [];
  for (const { re, cue, anyOrg } of CUES) {
    for (const m of text.matchAll(re)) {
      const name = (m[2] ?? m[1]!).replace(/[.'’]+$/, '').replace(/’s$|'s$/, '');
      if (!isOutlet(name, anyOrg)) continue;
      // A lowercase "the" is the sentence's, not the outlet's ("the BBC"); "The National" keeps it.
      const shown = name.replace(/^the\s+/, '');
      const start = m.index + m[0].lastIndexOf(name) + (name.length - shown.length);
      const phrase = cue || (m[0].includes(' to ') ? `${m[1]} to` : m[1]!);
      out.push({ start, end: start + shown.length, name: shown, cue: phrase });
    }
  }
  return out.sort((a, b) => a.start - b.start).filter((s, i, all) => i === 0 || all[i - 1]!.start !== s.start);
}
