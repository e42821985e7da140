import { decodeHTML } from 'entities';
import { authorMarkup } from './author-markup';
import { inLexicon } from './entities/lexicon';
import { namesOf, type JsonLdNode } from './jsonld';

/**
 * Who wrote the article. Sources in order of trust: the JSON-LD article's `author` (with `@id` references
 * into the page's `@graph` resolved, as Yoast and most CMS plugins emit them), then
 * Readability's byline (from its own metadata reading or markup near the article text), author meta tags
 * Readability does not read, then author markup anywhere on the page (microformats `vcard fn`, `rel=author`,
 * `itemprop=author`), last because it also matches teaser and comment authors; then lines that print a name
 * without a byline word (a date line ending on it, a bold name signing off under the text).
 * The first source that yields a plausible name wins, and a later line naming those people and more adds the
 * co-authors; initials alone ("LN") wait for a name further on. Every candidate is cleaned the same way: lead-ins
 * ("By", "Von", "Veröffentlicht von", "Autor:"), trailing dates, roles and outlets are cut, and what is
 * left must look like a name, not like "Posted on" or the site's own name.
 */
export interface AuthorSources {
  /** The page's article node from JSON-LD, if any. */
  article: JsonLdNode;
  /** All JSON-LD nodes of the page, to resolve `{"@id": ...}` author references. */
  nodes: readonly JsonLdNode[];
  /** Meta tag reader (first non-empty content among the names). */
  meta: (...names: string[]) => string | null;
  /** Readability's byline guess. */
  byline: string | null | undefined;
  /** The publisher's name, which is never an author. */
  siteName: string | null | undefined;
  /** The page's host name, another name of the publisher. */
  host?: string;
}

const META_AUTHOR = [
  'author',
  'article:author',
  'byl',
  'dc.creator',
  'parsely-author',
  'sailthru.author',
  'citation_author',
  'shareaholic:article_author_name',
  'og:article:author',
];

export function extractAuthors(doc: Document, src: AuthorSources): string[] {
  // The outlet goes by its site name and by its domain ("L'Opinion" on lopinion.fr, "IT Finanzmagazin" on
  // it-finanzmagazin.de).
  const site = new Set([...comparable(src.siteName ?? ''), ...comparable(hostLabel(src.host ?? ''))]);
  site.delete('');
  // A one-word name that opens a longer site name is the company behind it ("Google" on "Google Online
  // Security Blog").
  const siteHead = (src.siteName ?? '').trim().split(/\s+/);
  const head = siteHead.length >= 2 ? comparable(siteHead[0]!)[0] : '';
  const isSite = (name: string) => {
    const forms = comparable(name);
    return forms.some((form) => site.has(form)) || (!!head && !/\s/.test(name.trim()) && forms[0] === head);
  };
  // A byline that only repeats the outlet's name ("National Geographic") is no author while a person may be
  // named further on; when none is, it is the answer (a personal site's owner, an institution's own page).
  let siteNamed: string[] = [];
  const notSite = (names: string[]) => {
    const people = names.filter((n) => !isSite(n));
    if (!siteNamed.length && people.length < names.length) siteNamed = names.filter(isSite);
    return people;
  };
  // A line that gives the outlet's domain names the outlet ("Deutsche Welle (www.dw.com)" on dw.com).
  const domain = (src.host ?? '').toLowerCase().replace(/^www\d*\./, '');
  // So does a line that is the outlet's name as a whole, split or not ("Jobs & Hire").
  const fromLine = (line: string | null | undefined): string[] => {
    const names = splitByline(line);
    const outlet = line && (isSite(line) || (domain.includes('.') && line.toLowerCase().includes(domain)));
    if (!outlet) return peopleList(names) ? notSite(names) : [];
    if (!siteNamed.length) siteNamed = names;
    return [];
  };
  const ldAuthors = [resolveRefs(src.article.author, src.nodes)].flat();
  const ldNames = namesOf(ldAuthors).flatMap(splitByline);
  // An Organization as author is the outlet or a desk under another name ("Deutsche Welle" on dw.com).
  const ldPeople = namesOf(ldAuthors.filter((a) => !isOrganization(a))).flatMap(splitByline);
  type Source = () => string[];
  // The page's metadata and author markup: these lines can also add co-authors to the first one that names
  // someone.
  const bylines: Source[] = [
    // An article "by" its own outlet is how CMSs fill a required field; a person named on the page is
    // the better answer, and the outlet stays the fallback when none is.
    () => notSite(ldPeople),
    () => fromLine(src.byline),
    () => fromLine(src.meta(...META_AUTHOR)),
    () => writtenByLabel(src.meta),
    // The page's own lines go on past one that only names the outlet ("By The Planetary Press - January
    // 17") to the person named further down ("Written by: Julie Mollins").
    () => fromLine(markupByline(doc, isSite)),
  ];
  const pageLines: Source[] = [
    () => fromLine(leadInByline(doc, isSite)),
    () => fromLine(datedByline(doc)),
    () => fromLine(signOff(doc)),
  ];
  // The outlet's names (JSON-LD organisations, the meta tag as it is).
  const fallbacks: Source[] = [
    () => ldNames,
    () => {
      const names = splitByline(src.meta(...META_AUTHOR));
      return peopleList(names) ? names : [];
    },
  ];
  const sources = [...bylines, ...pageLines, ...fallbacks];
  let desk: string[] = [];
  let initials: string[] = [];
  for (const [i, source] of sources.entries()) {
    const raw = source();
    const names = normalizeAuthors(raw);
    // Initials alone ("LN", "JF") are an editor's or agency's mark: a name printed further on is the better
    // answer, and they come before the outlet when none is.
    if (names.length > 0 && names.every((n) => INITIALS.test(n))) {
      if (!initials.length) initials = names;
      continue;
    }
    // Initials are the better answer than the outlet's names.
    if (initials.length && i >= bylines.length + pageLines.length) break;
    if (names.length > 0) {
      // A login ("arianschlichenmayer", "christian.stadtfeld") is the person a later line prints in full.
      const printed = names.every(isHandle) ? printedFor(names, [...bylines, ...pageLines].slice(i + 1)) : null;
      return printed ?? withCoauthors(names, bylines.slice(i + 1));
    }
    if (!desk.length) desk = normalizeAuthors(raw, true);
  }
  if (initials.length) return initials;
  const outlet = normalizeAuthors(siteNamed, true);
  return outlet.length ? outlet : desk;
}

/**
 * The first source may name only one of several authors (JSON-LD's `author` the lead writer while the meta tag
 * lists both, Readability's byline the first name of a "von A, B" line): a later line that names all of these
 * people and more gives the whole list. Only the lines of the page's own metadata and author markup count,
 * not the outlet fallbacks at the end.
 */
function withCoauthors(names: string[], lines: ReadonlyArray<() => string[]>): string[] {
  const known = new Set(names.map(nameLetters));
  let best = names;
  for (const line of lines) {
    // Initials after a name are that person's mark ("Tina Klostermeier, TK"), no co-author.
    const more = normalizeAuthors(line()).filter((n) => !INITIALS.test(n));
    const keys = new Set(more.map(nameLetters));
    // A co-author goes by a full name; one word after the name is where it was written ("Sara Whitfield,
    // Baghdad").
    const added = more.filter((n) => !known.has(nameLetters(n)));
    if (
      more.length > best.length &&
      names.every((n) => keys.has(nameLetters(n))) &&
      added.every((n) => n.includes(' '))
    )
      best = more;
  }
  return best;
}

const INITIALS = /^\p{Lu}{2,3}$/u;

/** A name's letters, lower-cased: what two spellings of one name share ("Jonas P. Brandt", "jonaspbrandt"). */
const nameLetters = (s: string): string => s.toLowerCase().replace(/[^\p{L}]/gu, '');

/**
 * Whether the parts a line splits into are all names: an organisation's name split at its "und" ("Bayerische
 * Landesanstalt für Wald und Forstwirtschaft") leaves a part that is none, or one with a lower-case word
 * ("Fuchsy designed"), and is no list of people.
 */
function peopleList(parts: readonly string[]): boolean {
  if (parts.length < 2) return true;
  if (normalizeAuthors(parts, true).length < parts.length) return false;
  return parts.every((p) => {
    const words = p.trim().split(/\s+/);
    return words.length < 2 || words.every((w) => PARTICLE.test(w) || !/^\p{Ll}/u.test(w));
  });
}

/** A CMS login as a name: one lower-case word, maybe with dots, dashes or underscores ("christian.stadtfeld"). */
const isHandle = (name: string): boolean => /^[\p{Ll}\d]+(?:[._-][\p{Ll}\d]+)*$/u.test(name);

/**
 * The names a later line prints for these logins: one each, whose letters are the login's ("Arian
 * Schlichenmayer" for arianschlichenmayer) or which hold every part of it ("Christian P. Stadtfeld").
 */
function printedFor(handles: readonly string[], lines: ReadonlyArray<() => string[]>): string[] | null {
  const matches = (handle: string, name: string): boolean => {
    if (!name.includes(' ')) return false;
    if (nameLetters(handle) === nameLetters(name)) return true;
    const parts = handle.split(/[._-]+/).filter((p) => /\p{L}/u.test(p));
    const words = name.split(/\s+/).map(nameLetters);
    return parts.length >= 2 && parts.every((p) => words.includes(nameLetters(p)));
  };
  for (const line of lines) {
    const names = normalizeAuthors(line());
    const printed = handles.map((h) => names.find((n) => matches(h, n)));
    if (printed.every((n) => n !== undefined)) return printed;
  }
  return null;
}

/** The name part of a host: "it-finanzmagazin" of www.it-finanzmagazin.de, "guardian" of theguardian.co.uk. */
function hostLabel(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\d*\./, '')
    .split('.');
  if (labels.length < 2) return '';
  const secondLevel = labels.length >= 3 && /^(?:co|com|org|net|ac|gov|or|ne)$/.test(labels.at(-2)!);
  return labels.at(secondLevel ? -3 : -2) ?? '';
}

const ORGANIZATION =
  /^(?:Organization|NewsMediaOrganization|Corporation|GovernmentOrganization|NGO|EducationalOrganization|LocalBusiness)$/;

function isOrganization(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const t = (value as JsonLdNode)['@type'];
  const types = (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
  return types.some((x) => ORGANIZATION.test(x.replace(/^https?:\/\/schema\.org\//, ''))) && !types.includes('Person');
}

/** `{"@id": "#author-1"}` → the node with that id, when the page defines it. */
function resolveRefs(value: unknown, nodes: readonly JsonLdNode[]): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, nodes));
  if (value && typeof value === 'object') {
    const v = value as JsonLdNode;
    const id = v['@id'];
    if (typeof id === 'string' && v.name === undefined) return nodes.find((n) => n['@id'] === id) ?? value;
  }
  return value;
}

/** Yoast's reading-card meta: `twitter:label1` "Written by" / "Geschrieben von" with the name in `twitter:data1`. */
function writtenByLabel(meta: AuthorSources['meta']): string[] {
  for (const i of [1, 2]) {
    const label = meta(`twitter:label${i}`);
    if (
      label &&
      /^(?:written by|geschrieben von|verfasst von|écrit par|escrito por|scritto da|door)$/i.test(label.trim())
    )
      return splitByline(meta(`twitter:data${i}`));
  }
  return [];
}

/**
 * Comment threads, teasers, navigation and the page footer name other people than the article's author:
 * a class or id token that names such a block ("comment-body", "related-posts"); "one-sidebar" is a layout.
 */
const CHROME = /(?:^|\s)(?:comments?|kommentare?|related|teaser|sidebar|recommend|newsletter|breadcrumb)[\w-]*/i;

function inChrome(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    const tag = a.tagName.toLowerCase();
    // Themes mark the whole page ("single comments-open"): only the blocks below body say where a line is.
    if (tag === 'body' || tag === 'html') return false;
    if (tag === 'nav' || tag === 'aside') return true;
    if (tag === 'footer' && !a.closest('article')) return true;
    if (CHROME.test(`${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/** Whether none of the names is anything but the outlet's own. */
type IsSite = (name: string) => boolean;
const onlySite = (names: readonly string[], isSite: IsSite) => names.every(isSite);

function markupByline(doc: Document, isSite: IsSite): string | null {
  for (const elements of authorMarkup(doc, (e) => !inChrome(e), 5)) {
    for (const el of elements) {
      const text = el.textContent?.replace(/\s+/g, ' ').trim();
      const names = text && text.length < 120 ? normalizeAuthors(splitByline(text)) : [];
      if (names.length > 0 && !onlySite(names, isSite)) return text!;
    }
  }
  return null;
}

/**
 * A visible line that opens with a byline word and goes on with a capitalised name: "Von Klaus Stanjek",
 * "Par Matthieu Hy", "Posted by Konstantin", "Ein Artikel von Pamela Sladky", "Autor: Peter Maahn/SP-X".
 */
const BYLINE_START = new RegExp(
  String.raw`^(?:[-–—]+\s*)?(?:(?:(?:written|posted|published|reported|story|text|words)\s+by|(?:ein\s+)?(?:blog\s*)?(?:artikel|beitrag|gastbeitrag|kommentar|text)\s+von|(?:gespeichert|geschrieben|verfasst|veröffentlicht|publiziert|erstellt)\s+von|by|von|par|por|door|di|da)\s*:?|(?:autor(?:in|en|innen)?|authors?|auteur(?:\(s\)|s)?|autore|verfasser(?:in)?|text|von|by|redaktion)\s*:)\s*`,
  'iu',
);
const LEADIN_BLOCKS =
  'p, span, div, small, em, i, b, strong, h2, h3, h4, h5, h6, li, td, address, byline, font, section';

/**
 * A label standing alone in its own element, with the name after it: `<h5>Autor:</h5> Peter Maahn`,
 * `<span>| By </span><span>Cara Lind</span>`, "Autoren" over the names.
 */
const LABEL_ALONE =
  /^(?:[|·•—–-]\s*)?(?:autor(?:in|en|innen)?|authors?|auteurs?|verfasser(?:in)?|von|by|text|words|interview|written by|geschrieben von)\s*:?$/i;

function labelledName(el: Element): string[] {
  const parent = el.parentElement;
  const label = el.textContent?.trim() ?? '';
  const whole = parent?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const at = whole.indexOf(label);
  if (!parent || at < 0 || whole.length > 200 || inChrome(el)) return [];
  const after = whole
    .slice(at + label.length)
    .replace(/^\s*:?\s*/, '')
    .slice(0, 80);
  return /^[\p{Lu}\p{Lt}]/u.test(after) ? normalizeAuthors(splitByline(after)).filter(looksLikeName) : [];
}

const MAX_LEADIN_CHILDREN = 8;

function leadInByline(doc: Document, isSite: IsSite): string | null {
  // From the document, not its body: broken markup can leave the page's elements beside an empty body.
  for (const el of Array.from(doc.querySelectorAll(LEADIN_BLOCKS))) {
    // A byline line holds a few inline elements; reading the text of every wrapper would cost the page's
    // size once per level of nesting, which a huge or hostile DOM makes quadratic.
    if (el.childElementCount > MAX_LEADIN_CHILDREN) continue;
    const text = el.textContent?.replace(/\s+/g, ' ').trim();
    if (text && LABEL_ALONE.test(text)) {
      // A link reading "Autoren" is a menu item (the authors' page), not a label.
      if (el.localName === 'a' || el.querySelector('a')?.textContent?.replace(/\s+/g, ' ').trim() === text) continue;
      const names = labelledName(el);
      if (names.length && !onlySite(names, isSite)) return names.join(', ');
      continue;
    }
    const lead = text && text.length <= 100 ? BYLINE_START.exec(text)?.[0] : undefined;
    if (!text || lead === undefined) continue;
    const rest = text.slice(lead.length);
    // The name itself starts with a capital ("Von Klaus Stanjek", not "von dort aus"); markup that puts
    // "By" and the name in sibling spans glues them ("ByAlex Bozarjian"), which must not read "Bylaws".
    const glued = !/[\s:]$/.test(lead);
    if (glued && !/^(?:by|von|par)$/i.test(lead)) continue;
    if (!(glued ? /^\p{Lu}\p{Ll}/u : /^[\p{Lu}\p{Lt}]/u).test(rest) || inChrome(el)) continue;
    const names = normalizeAuthors(splitByline(rest)).filter(looksLikeName);
    if (names.length && !onlySite(names, isSite)) return names.join(', ');
  }
  return null;
}

/** A date as bylines print it: "11.12.2019", "2019-12-11", "12/11/2019", "11. Dezember 2019", "December 11, 2019". */
const LINE_DATE = String.raw`(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})`;

/** "11.12.2019 - Amelie Loevenich", "04.02.2022 | 13:10 Uhr | Uta Helkenberg": a date line ending on a name. */
const DATED_LINE = new RegExp(
  String.raw`^${LINE_DATE}(?:\s*[|,·•-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|am|pm))?)?\s*[|·•–—-]\s*(\p{Lu}.*)$`,
  'u',
);

const TAXONOMY_LINK =
  'a[rel~="tag"], a[rel~="category"], a[href*="/category/"], a[href*="/tag/"], a[href*="/kategorie/"], a[href*="/thema/"]';

const DATED_BLOCKS = 'p, span, div, small, time, li, td, address';

/** A line that gives the date, then the author, with no byline word: the name after the separator. */
function datedByline(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll(DATED_BLOCKS))) {
    if (el.childElementCount > MAX_LEADIN_CHILDREN) continue;
    const text = el.textContent?.replace(/\s+/g, ' ').trim();
    const name = text && text.length <= 80 ? DATED_LINE.exec(text)?.[1]?.trim() : undefined;
    // "Mai 21 2019, 14:34 | Medien, Politik": the categories the post is filed under, not its author.
    if (!name || inChrome(el) || el.querySelector(TAXONOMY_LINK)) continue;
    if (printedNames(name)) return name;
  }
  return null;
}

/**
 * Whether a line with no byline word names people: each a given name and a surname or two ("Uta Helkenberg",
 * "Cosima Künzel"), not a place, a category or a heading ("Chemnitz", "Presse", "After Divorce").
 */
function printedNames(line: string): boolean {
  const names = normalizeAuthors(splitByline(line));
  return (
    names.length > 0 &&
    names.every((n) => {
      const words = n.split(' ');
      return (
        words.length >= 2 &&
        words.length <= 4 &&
        looksLikeName(n) &&
        words.every((w) => PARTICLE.test(w) || /^\p{Lu}\p{Ll}/u.test(w)) &&
        inLexicon('given', words[0]!.toLowerCase())
      );
    })
  );
}

/**
 * Enough running text before a sign-off for its block to be the article: two paragraphs of 80 characters or
 * more, 400 in all, among the 60 elements before it.
 */
const SIGN_OFF_BEFORE = { paragraphs: 2, chars: 400, paragraphChars: 80 };
const SIGN_OFF_SIBLINGS = 60;

/**
 * The author signing off under the text, in bold or italics as the last paragraph: `<p><b><i>Stefan
 * Wasmer</i></b></p>`, "<strong>Von Cosima Künzel</strong>". Nothing of substance may follow it in its block.
 */
function signOff(doc: Document): string | null {
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const text = p.textContent?.replace(/\s+/g, ' ').trim();
    if (!text || text.length > 50 || p.childElementCount > 3) continue;
    const emphasised = Array.from(p.querySelectorAll('strong, b, em, i')).some(
      (e) => e.textContent?.replace(/\s+/g, ' ').trim() === text,
    );
    if (!emphasised) continue;
    // Both walks are bounded: the running text must stand near the sign-off (not above a long list of bold
    // names), and no line costs more than a few dozen steps.
    let after = 0;
    let steps = 0;
    for (let s = p.nextElementSibling; s && after < 40 && steps < SIGN_OFF_SIBLINGS; s = s.nextElementSibling, steps++)
      after += s.textContent?.trim().length ?? 0;
    if (after >= 40) continue;
    let paragraphs = 0;
    let chars = 0;
    steps = 0;
    for (let s = p.previousElementSibling; s && steps < SIGN_OFF_SIBLINGS; s = s.previousElementSibling, steps++) {
      const length = s.localName === 'p' ? (s.textContent?.length ?? 0) : 0;
      if (length < SIGN_OFF_BEFORE.paragraphChars) continue;
      paragraphs++;
      chars += length;
      if (paragraphs >= SIGN_OFF_BEFORE.paragraphs && chars >= SIGN_OFF_BEFORE.chars) break;
    }
    if (paragraphs < SIGN_OFF_BEFORE.paragraphs || chars < SIGN_OFF_BEFORE.chars || inChrome(p)) continue;
    const rest = text.replace(/^(?:von|by|par|por|di)\s+(?=\p{Lu})/iu, '');
    if (printedNames(rest)) return rest;
  }
  return null;
}

const PARTICLE = /^(?:von|van|der|den|de|la|le|du|da|di|del|della|dos|das|zu|ten|ter|bin|ibn|al|el|y|e|und)$/i;

/** A person or desk name in running text: a few words, each capitalised (or a name particle). */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length <= 4 &&
    words.every((w) => PARTICLE.test(w) || /^[\p{Lu}\p{Lt}][\p{L}.'’-]*$/u.test(w)) &&
    !words.every((w) => PARTICLE.test(w))
  );
}

const LEAD_IN =
  /^(?:(?:(?:written|posted|published|reported|story|text|words|photos?|interview|edited|compiled)\s+)?by|von|par|por|di|door|(?:veröffentlicht|geschrieben|verfasst|gepostet|publiziert|erstellt|ein beitrag)\s+von|(?:zeige |alle )?(?:alle )?beiträge von|(?:alles|mehr|artikel) von|view all posts by|posts by|more from|about the author|authors?|autor(?:in|en|innen)?|redaktion(?=\s*:)|verfasser(?:in)?|text(?=\s*:)|bericht(?=\s*:)|kommentar|ein kommentar von|ein gastbeitrag von|gastbeitrag von)\b\s*[:：]?\s*/i;

/** Roles and credit marks before a name: "FOCUS-Online-Experte Robin Tschöpe", "© 2019 Jane Doe", "Interview: X". */
const ROLE_OR_MARK =
  /^(?:(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?|\S*(?:experte|expertin|redakteur(?:in)?|korrespondent(?:in)?|kolumnist(?:in)?)\s+(?=\p{Lu})|(?:interview|foto|fotos|über|about|auteur(?:\(s\))?|autore)\s*:\s*|(?:über|about)\s+(?=\p{Lu}))/iu;

/** A label glued to the name by markup without spaces: "EurosportPubliziert", "Fritz ImhofQuelle: Livenet". */
const GLUED_TAIL =
  /(?<=\p{Ll})(?:(?:Publiziert|Veröffentlicht|Aktualisiert|Updated|Published|Posted|Quelle|Source)(?!\p{Ll})|facebook|twitter|flipboard|whatsapp).*$|(?<=\p{L})\d{1,4}\s+\p{L}.*$|\s+(?:Tags|Schlagwörter)\s*:?(?:\s.*)?$/u;

const MONTHS =
  'jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|june?|juni?|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?';

/** Where a byline stops naming people: a date, a time, "am"/"on" + date, "Updated", a separator. */
const TAIL = new RegExp(
  String.raw`(?:\s+(?:am|on|le|el|il|at|um)\s+(?:\d|(?:${MONTHS})\b|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\s*[|·•—–»](?:\s|$)|\s+-\s|\s+\d|\d{1,2}\.\s|\s+(?:${MONTHS})\.?\s+\d|\s*\b(?:last\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht|publiziert|gepostet|stand)\b|\s*→|\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\s+(?:mo|di|mi|do|fr|sa|so)(?:[.,]|$)).*$`,
  'i',
);

const OTHER_CREDITS = /\s+(?:edited|photos?|photographs|illustrations?|graphics|additional reporting)\s+by\b.*$/i;

/** "By Jane Doe and John Roe, Staff Writers" → ["Jane Doe", "John Roe"]. */
export function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  // Some CMSs escape twice, so the DOM text still reads "Redacci&oacute;n".
  let cleaned = decodeHTML(byline)
    .replace(/\s+/g, ' ')
    // "Datum: 19.11.2021 Autor: Fritz Imhof", "Text und Interview: Jo Lind": the labelled name, wherever the
    // label stands.
    .replace(/^.*\b(?:autor(?:in|[/*_]in)?|author|auteur|von|by|interview)\s*:\s*/i, '')
    // "Posted on September 21, 2020 by Adi Tzlil": the date line comes first.
    .replace(/^(?:posted|published|veröffentlicht|publiziert)\s+(?:on|am)\s+.{0,40}?\s(?:by|von)\s+/i, '')
    // Author-page links glue the label to the name: "SHOW ALL ARTICLES OFHeiko Sauer", "Beitragvon r23".
    .replace(/^(?:show all (?:articles|posts) (?:of|by)|beitrag\s*von|alles von|alle artikel von)\s*/i, '')
    .replace(/^[\s|·•,:;—–-]+/, '')
    .trim();
  // "Written by Rob Ewaschuk Edited by Betsy Beyer": after a byline's lead-in, other credits end the names
  // (without one, "Revised Edition Edited by …" is a book's line, not a byline).
  const credited = LEAD_IN.test(cleaned);
  for (let i = 0; i < 3 && (LEAD_IN.test(cleaned) || ROLE_OR_MARK.test(cleaned)); i++)
    cleaned = cleaned.replace(LEAD_IN, '').replace(ROLE_OR_MARK, '');
  cleaned = cleaned
    .replace(GLUED_TAIL, '')
    .replace(credited ? OTHER_CREDITS : /(?!)/, '')
    .replace(TAIL, '')
    .replace(/(?<=\p{Ll})vor$/u, '')
    // "Peter Maahn/SP-X": an agency code after a person's name.
    .replace(/^(\p{L}[\p{L}.'-]*(?:\s+\p{L}[\p{L}.'-]*)+)\s*\/\s*[\p{Lu}\d-]{2,6}$/u, '$1')
    // "© Kathrin Führes Kathrin Führes": a credit and the name again.
    .replace(/^(.{3,}?)\s+\1$/u, '$1')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\S+@\S+/g, '')
    // "Williams Perdomo @wperdomod": a social handle after the name.
    .replace(/(?<=\p{L})\s+@[\w.]+/gu, '')
    .trim();
  return (
    cleaned
      // "Richard David Precht im Gespräch mit Karin Fischer": both are the broadcast's authors.
      .split(/\s*(?:,|;|\s\/\s|\bim gespräch mit\b|\bin conversation with\b|\band\b|\bund\b|\bet\b|\by\b|&)\s*/i)
      .map((s) => s.replace(/^(?:by|von)\s+/i, '').trim())
      .filter(Boolean)
  );
}

const NOT_A_NAME =
  /^(?:reporter|correspondent|editor|senior editor|contributor|wire|admin|administrator|wordpressadmin|no author|unknown|anonymous|guest|gast|(?:follow|folgen)(?: (?:author|autor|me|us|mir|uns))?|view (?:profile|all posts)|author profile|datum|date|link|about the author|posted|published|by|von|am|on|in|share|teilen|comments?|kommentare?|more|mehr|home|startseite|name|alle artikel|alle beiträge|tags?|schlagwörter|\d+ articles|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember)$/i;

/**
 * Desks and agencies ("Redaktion", "Staff Writer", "Reuters"): the page's own word for who wrote it, but
 * only when no source names a person, so they are kept apart and used last.
 */
const DESK =
  /^(?:staff|staff writers?|news desk|newsdesk|(?:[\p{L}]+-)?redaktion|die redaktion|editorial|editorial team|agencies|agenturen|associated press|ap|afp|reuters|dpa)$/iu;

/**
 * An institution rather than a person: a legal form ("e. V.", "GmbH", "Inc.") or a word that names a body
 * ("Stiftung", "Verband", "Foundation"). Kept like a desk, for when no person is named.
 */
const INSTITUTION =
  /(?:\s|^)(?:e\.\s?V\.|gGmbH|GmbH|AG|KG|SE|Inc\.?|Ltd\.?|LLC|S\.A\.|SAS)$|(?:stiftung|verband|landesanstalt|ministerium|bundesamt|institut|gesellschaft)\b|\b(?:foundation|association|institute|ministry|university|universität|université|council|department)\b/i;

/** A CMS login put where the name goes ("edilson.la.rosa"): kept like a desk, for when no name is printed. */
const HANDLE = /^[\p{Ll}\d]+(?:[._][\p{Ll}\d]+)+$/u;

const TRAILING_PREPOSITION = /^(?:am|um|im|vom|on|at|in|by|par)$/;

/** Academic and professional letters after a comma: "Grant Tinsley, PhD". */
const DEGREE = /^(?:ph\.?\s?d\.?|m\.?d\.?|mba|msc|bsc|m\.?sc\.?|dphil|rdn?|cpt|rn|facs|mph)$/i;

export function normalizeAuthors(names: readonly string[], keepDesks = false): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = decodeHTML(raw)
      .replace(/\s+/g, ' ')
      .replace(/^(?:by|von)\s+/i, '')
      .replace(/^[\s"'“”‘’«»:,.-]+|[\s"'“”‘’«»:,-]+$/g, '')
      .trim();
    if (!name || name.length > 60 || !/\p{L}/u.test(name) || NOT_A_NAME.test(name)) continue;
    if (DEGREE.test(name) && out.length > 0) continue;
    if (/^https?:|www\.|@|\.(?:com|de|org|net|at|ch|fr|uk)\b/i.test(name)) continue;
    // A name has at most a handful of words; more is a sentence or a tagline. One that ends on a preposition
    // is a label whose date was cut ("Zuletzt geändert am").
    const words = name.split(' ');
    if (words.length > 5 || (words.length > 1 && TRAILING_PREPOSITION.test(words.at(-1)!))) continue;
    if (
      !keepDesks &&
      /\b(staff|correspondent|reporter|editor|writer)s?\b$/i.test(name) &&
      name.split(' ').length > 1 &&
      !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name)
    )
      continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  // Beside a person a desk or agency is where they work ("Jane Doe, Reuters"); alone it is the page's own
  // word for who wrote it and is kept only when asked for (the last resort).
  return keepDesks ? out : out.filter((n) => !DESK.test(n) && !INSTITUTION.test(n) && !HANDLE.test(n));
}

/**
 * A name as compared with the outlet's: case and punctuation aside, with and without a leading article
 * ("Die FURCHE" on furche.at, "L'Opinion" on lopinion.fr).
 */
function comparable(s: string): string[] {
  const bare = (x: string) => x.replace(/[^\p{L}\p{N}]/gu, '');
  const lower = s.toLowerCase();
  return [bare(lower), bare(lower.replace(/^(?:the|die|der|das|la|le|les|el|il|l['’])\s*/u, ''))];
}
