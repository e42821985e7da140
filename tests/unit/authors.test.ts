import { describe, expect, test } from 'vitest';
import { normalizeAuthors, splitByline } from '../../lib/extract/authors';
import { extractMetadata } from '../../lib/extract/metadata';
import { readMainContent } from '../../lib/extract/readable';
import { htmlDocument } from '../helpers/fixtures';

const URL = 'https://blog.example/2024/03/02/harbour-ferry-returns';
const BODY = '<p>The harbour ferry returned on Saturday after a winter of repairs to its engines and deck.</p>'.repeat(
  6,
);
/** A page of the outlet "Harbour Weekly", with `head` added to its head. */
const page = (head: string, body: string) =>
  `<html><head><meta property="og:site_name" content="Harbour Weekly">${head}</head><body>${body}</body></html>`;
/** A JSON-LD NewsArticle with this author. */
const ld = (author: unknown) =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry', author })}</script>`;
const authorsOf = (html: string) => {
  const doc = htmlDocument(html, URL);
  return extractMetadata(doc, URL, readMainContent(doc) ?? {}).authors;
};

describe('author sources', () => {
  test('a JSON-LD author given as an @id reference into the @graph is resolved to the Person', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', headline: 'Ferry returns', author: { '@id': 'https://blog.example/#/person/1' } },
        { '@type': ['Person', 'Organization'], '@id': 'https://blog.example/#/person/1', name: 'Maren Holt' },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head>
      <body><article>${BODY}</article></body></html>`;
    expect(authorsOf(html)).toEqual(['Maren Holt']);
  });

  test('a byline that only says "Posted on" falls through to the microformat author', () => {
    const html = `<html><head><title>Ferry returns</title></head><body><article>
      <div class="entry-meta"><span class="byline">Posted on</span> <time>2 March 2024</time>
      <span class="author vcard"><a class="url fn n" href="/author/jonas/">Jonas Brandt</a></span></div>
      ${BODY}</article></body></html>`;
    expect(authorsOf(html)).toEqual(['Jonas Brandt']);
  });

  test('an author meta tag Readability does not read is used before page-wide markup', () => {
    const html = `<html><head><meta name="shareaholic:article_author_name" content="Support Team"></head>
      <body><article>${BODY}</article><aside><a href="/author/teaser/">Teaser Writer</a></aside></body></html>`;
    expect(authorsOf(html)).toEqual(['Support Team']);
  });

  test('a visible byline that repeats the outlet name gives way to a person named further on', () => {
    const html = `<html><head><meta property="og:site_name" content="The Harbour Weekly"></head>
      <body><article><p class="byline">By The Harbour Weekly - March 2, 2024</p>${BODY}
      <p><em>Written by: Ines Falk</em></p></article></body></html>`;
    expect(authorsOf(html)).toEqual(['Ines Falk']);
  });

  test('the outlet, by its site name or its domain, is the answer only when no person is named', () => {
    const html = `<html><head><meta property="og:site_name" content="Harbour Weekly"></head>
      <body><article><p class="byline">Harbour Weekly</p>${BODY}</article></body></html>`;
    expect(authorsOf(html)).toEqual(['Harbour Weekly']);
    // No site name: "Die FURCHE" on furche.at is the outlet by its domain, leading article aside.
    const url = 'https://www.furche.at/religion/achtsam';
    const doc = htmlDocument(
      `<html><body><article><p class="byline">Die FURCHE</p>${BODY}<p>Von Ursula Baatz</p></article></body></html>`,
      url,
    );
    expect(extractMetadata(doc, url, readMainContent(doc) ?? {}).authors).toEqual(['Ursula Baatz']);
  });

  test('an institution is kept like a desk: a person named on the page comes first', () => {
    const html = `<html><head><meta name="author" content="Hanns-Seidel-Stiftung e.V."></head>
      <body><article>${BODY}<p class="byline">Von Uta Staschewski</p></article></body></html>`;
    expect(authorsOf(html)).toEqual(['Uta Staschewski']);
  });

  test('Drupal\'s "Submitted by" names a user in lower case', () => {
    const html = `<html><body><article><div class="submitted">Gespeichert von <span class="username">rasos</span>
      am 24. Juli 2017 - 18:55</div>${BODY}</article></body></html>`;
    expect(authorsOf(html)).toEqual(['rasos']);
  });

  test('lines are searched even where broken markup leaves the body empty', () => {
    const doc = htmlDocument(`<html><head></head><body></body></html>`, URL);
    const stray = doc.createElement('div');
    stray.innerHTML = `<p class="postmetadata">Von R. R. am 07.08.2013 um 09:07 Uhr gespeichert</p>`;
    doc.documentElement.after(stray);
    expect(extractMetadata(doc, URL, {}).authors).toEqual(['R. R.']);
  });
});

describe('byline cleaning', () => {
  test('lead-ins in English and German are cut', () => {
    expect(splitByline('Veröffentlicht von Cem Basman')).toEqual(['Cem Basman']);
    expect(splitByline('Zeige alle Beiträge von Simon Dückert →')).toEqual(['Simon Dückert']);
    expect(splitByline('| Autor: gnaddrig')).toEqual(['gnaddrig']);
    expect(splitByline('Written by Rob Ewaschuk')).toEqual(['Rob Ewaschuk']);
    expect(splitByline('Von Lars Fischer und Alina Schadwinkel')).toEqual(['Lars Fischer', 'Alina Schadwinkel']);
    expect(splitByline('Datum: 19.11.2021 Autor: Fritz Imhof')).toEqual(['Fritz Imhof']);
    expect(splitByline('Text und Interview: Harald Lind')).toEqual(['Harald Lind']);
  });

  test('dates, times, roles and outlets after the name are cut', () => {
    expect(splitByline('von lupa am 26/10/13, 03:48 pm')).toEqual(['lupa']);
    expect(splitByline('Limespacer · 22. Oktober 2019')).toEqual(['Limespacer']);
    expect(splitByline('Nicole Collignon22. Februar 2020')).toEqual(['Nicole Collignon']);
    expect(splitByline('By Poppy Reid Feb 21, 2020')).toEqual(['Poppy Reid']);
    expect(splitByline('By John Walk - January 10, 2020')).toEqual(['John Walk']);
    expect(splitByline('Redaktion: Eberhard Fuhr (Pressesprecher des EJW)')).toEqual(['Eberhard Fuhr']);
    expect(splitByline('Jane Doe | Reuters')).toEqual(['Jane Doe']);
    expect(splitByline('Last Updated: January 7, 2025')).toEqual([]);
  });

  test('names with digits stay whole; what is left must look like a name', () => {
    expect(normalizeAuthors(splitByline('Author: Bo2man'))).toEqual(['Bo2man']);
    expect(normalizeAuthors(splitByline('Posted on'))).toEqual([]);
    expect(normalizeAuthors(splitByline('Veröffentlicht am'))).toEqual([]);
    expect(normalizeAuthors(splitByline('No Author'))).toEqual([]);
    expect(normalizeAuthors(['cipha[at]cipha.net', 'jane@example.com', 'Follow'])).toEqual([]);
    // A follow button Readability took for the byline (Royal Road: class "follow-author-form").
    expect(normalizeAuthors(['Follow Author', 'Follow me', 'Folgen', 'View profile'])).toEqual([]);
    expect(normalizeAuthors(['Jane Follows'])).toEqual(['Jane Follows']);
  });
});

const clean = (s: string) => normalizeAuthors(splitByline(s));

describe('visible bylines and fallbacks', () => {
  test('a line opening with "Von" and linked names is read when no metadata names anyone', () => {
    const html = page(
      '',
      `<article><h1>Ferry returns</h1><p>Von <strong><a href="/p/kl">Klara Lind</a></strong> und <strong>Tom Brecht</strong></p>${BODY}</article>`,
    );
    expect(authorsOf(html)).toEqual(['Klara Lind', 'Tom Brecht']);
  });

  test('"Die …" or "von dort" in running text is no byline; neither is a byline inside the comments', () => {
    const html = page(
      '',
      `<article><h2>Die Zukunft der Fähre</h2><p>von dort aus fuhr sie weiter</p>${BODY}</article>
       <section class="comments-area"><div class="comment-body"><p>Von Max Leser</p></div></section>`,
    );
    expect(authorsOf(html)).toEqual([]);
  });

  test('a JSON-LD author that is the outlet gives way to the person named on the page, and stays the fallback', () => {
    const withPerson = page(
      ld({ '@type': 'Organization', name: 'Harbour Weekly' }),
      `<article><p class="meta">Ein Artikel von <b>Pia Sund</b> | 27.01.2022</p>${BODY}</article>`,
    );
    expect(authorsOf(withPerson)).toEqual(['Pia Sund']);
    const alone = page(ld({ '@type': 'Organization', name: 'Harbour Weekly' }), `<article>${BODY}</article>`);
    expect(authorsOf(alone)).toEqual(['Harbour Weekly']);
  });

  test('"By" and the name in sibling spans read as a byline; "Bylaws" does not', () => {
    const html = page(
      '',
      `<article><div class="meta"><span>Bylaws</span></div><div class="x1"><span>By</span><span><a href="/team/ada">Ada Quist</a></span></div>${BODY}</article>`,
    );
    expect(authorsOf(html)).toEqual(['Ada Quist']);
    expect(clean('wordpressadmin |')).toEqual([]);
  });

  test('a label alone in its element takes the name after it', () => {
    const html = page(
      '',
      `<article><div class="meta"><h5>Datum:</h5> 03.11.2021 <h5>Autor:</h5> Pia Sund/SP-X</div>${BODY}</article>`,
    );
    expect(authorsOf(html)).toEqual(['Pia Sund']);
  });

  test('the "Written by" reading card of Yoast is an author source', () => {
    const html = page(
      '<meta name="twitter:label1" content="Geschrieben von"><meta name="twitter:data1" content="Nele Brandt">',
      `<article>${BODY}</article>`,
    );
    expect(authorsOf(html)).toEqual(['Nele Brandt']);
  });

  test('theme classes built on "author" name the person; an image author field is a photo credit', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry', author: { '@type': 'Person', name: 'Harbour Weekly' } })}</script>`;
    const bem = page(
      ld,
      `<article><span class="article_author-name"><a href="/redaction/pia-sund">Pia Sund</a></span>${BODY}</article>`,
    );
    expect(authorsOf(bem)).toEqual(['Pia Sund']);
    const drupal = page(
      ld,
      `<article><div class="field--name-field-teaser-image-author"><a href="/x">Harbour Campaign</a></div>
       <h5 class="field field--name-field-term-author">Jon Rask</h5>${BODY}</article>`,
    );
    expect(authorsOf(drupal)).toEqual(['Jon Rask']);
  });

  test('a byline giving the outlet with its domain is the outlet: the person labelled "Auteur :" is the author', () => {
    const dw = (body: string) =>
      `<html><head><meta name="author" content="Harbour Radio (www.blog.example)"></head><body><article>${body}${BODY}</article></body></html>`;
    expect(authorsOf(dw('<p>Auteur : Kofi Mensah </p><p>Edition : A. Roy</p>'))).toEqual(['Kofi Mensah']);
    expect(authorsOf(dw(''))).toEqual(['Harbour Radio']);
  });

  test('"| By" alone in a span labels the name in the next one; a menu link "Autoren" labels nothing', () => {
    const html = page(
      '',
      `<article><div class="meta"><span>yas!</span> <span>| By </span> <span>Cara Lind</span> | <time>April 13, 2020</time></div>${BODY}</article>`,
    );
    expect(authorsOf(html)).toEqual(['Cara Lind']);
    const menu = page(
      '',
      `<div class="menu"><ul><li><a href="/autoren">Autoren</a></li><li><a href="/lexikon">Chemie-Lexikon</a></li><li><a href="/videos">Videos</a></li></ul></div><article>${BODY}</article>`,
    );
    expect(authorsOf(menu)).toEqual([]);
    const plural = page('', `<article><p><b>Autoren:</b> Jan Ohm und Ute Berg</p>${BODY}</article>`);
    expect(authorsOf(plural)).toEqual(['Jan Ohm', 'Ute Berg']);
  });

  test('an element whose id names the author holds the name ("author_header")', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry', author: { '@type': 'Person', name: 'Harbour Weekly' } })}</script>`;
    const html = page(ld, `<div id="author_header">Gero Falk</div><article>${BODY}</article>`);
    expect(authorsOf(html)).toEqual(['Gero Falk']);
  });

  test('an outlet named with "&" is the outlet whole, not two people; the reporter link names the author', () => {
    const html = `<html><head><meta property="og:site_name" content="Ferries & Docks"><meta name="author" content="Ferries & Docks"></head>
      <body><article><div class="wrote_by"> By&nbsp;<a href="/reporters/jose-de-la-cruz">Jose de la Cruz</a></div>${BODY}</article></body></html>`;
    expect(authorsOf(html)).toEqual(['Jose de la Cruz']);
  });

  test('a login name ("edilson.la.rosa") gives way to the printed name, and is the answer only alone', () => {
    const ld = (name: string) =>
      `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry', author: { '@type': 'Person', name } })}</script>`;
    expect(
      authorsOf(page(`${ld('ines.la.mar')}<meta name="author" content="Ines La Mar">`, `<article>${BODY}</article>`)),
    ).toEqual(['Ines La Mar']);
    expect(authorsOf(page(ld('ines.la.mar'), `<article>${BODY}</article>`))).toEqual(['ines.la.mar']);
  });

  test('class "autor" (Spanish, Portuguese, German) marks the author', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry', author: { '@type': 'Person', name: 'Harbour Weekly' } })}</script>`;
    expect(
      authorsOf(
        page(
          ld,
          `<div class="tools"><div class="autor"><h6>JACOBO BETANCUR</h6></div></div><article>${BODY}</article>`,
        ),
      ),
    ).toEqual(['JACOBO BETANCUR']);
  });

  test('a desk ("Redaktion") is the answer only when nothing names a person', () => {
    const html = page('', `<article><span class="author">Redaktion</span>${BODY}</article>`);
    expect(authorsOf(html)).toEqual(['Redaktion']);
    expect(normalizeAuthors(['Jane Doe', 'Redaktion'])).toEqual(['Jane Doe']);
  });
});

describe('more byline cleaning', () => {
  test('weekdays, "Tags" and a label cut before its date are no names', () => {
    expect(normalizeAuthors(['Donnerstag'])).toEqual([]);
    expect(normalizeAuthors(splitByline('Klausmartin Friedrich Tags: Feuerwehr, Technik'))).toEqual([
      'Klausmartin Friedrich',
    ]);
    expect(normalizeAuthors(['Zuletzt geändert am'])).toEqual([]);
    // A particle may end an inverted name.
    expect(normalizeAuthors(['Michiel de'])).toEqual(['Michiel de']);
    // A date line's month is no name.
    expect(normalizeAuthors(splitByline('April 28, 2019 at 6:01 am Updated April 29, 2019'))).toEqual([]);
  });

  test('after a lead-in, other credits end the names; without one the line is no byline', () => {
    expect(splitByline('Written by Rob Ewaschuk\n Edited by Betsy Beyer')).toEqual(['Rob Ewaschuk']);
    expect(normalizeAuthors(splitByline('Revised Edition Edited by Adrian Parr'))).toEqual([]);
  });

  test('labels, roles and credit marks before the name are cut, also when glued to it', () => {
    expect(clean('SHOW ALL ARTICLES OFMira Kade')).toEqual(['Mira Kade']);
    expect(clean('Beitragvon kaffeeklatsch')).toEqual(['kaffeeklatsch']);
    expect(clean('Alles von Mira Kade')).toEqual(['Mira Kade']);
    expect(clean('FOCUS-Online-Experte Jan Ort')).toEqual(['Jan Ort']);
    expect(clean('Interview: Lene Hart')).toEqual(['Lene Hart']);
    expect(clean('© Ole Brink Ole Brink')).toEqual(['Ole Brink']);
    expect(clean('Über Ida Sommer')).toEqual(['Ida Sommer']);
    expect(clean('Auteur: Anne Vidal')).toEqual(['Anne Vidal']);
    expect(clean('Posted on May 2, 2024 by Ole Brink')).toEqual(['Ole Brink']);
  });

  test('what follows the name is cut: glued labels, weekdays, agency codes, degrees', () => {
    expect(clean('Ida SommerQuelle: Hausblog')).toEqual(['Ida Sommer']);
    expect(clean('Harbour WeeklyPubliziert am 3.2.2024')).toEqual(['Harbour Weekly']);
    expect(clean('Mira Kade Thursday, June 4')).toEqual(['Mira Kade']);
    expect(clean('Lisa Kern Mi, 3. März')).toEqual(['Lisa Kern']);
    expect(clean('Ole Brink22 Dec 2016651')).toEqual(['Ole Brink']);
    expect(clean('Jan Ort/SP-X')).toEqual(['Jan Ort']);
    expect(clean('Jana Voss, PhD')).toEqual(['Jana Voss']);
    expect(clean('Redacci&oacute;n Centro')).toEqual(['Redacción Centro']);
  });
});

describe('names printed without a byline word', () => {
  test('a date line ending on a name gives the author; one ending on category links does not', () => {
    const dated = page(
      '',
      `<article><h1>Ferry returns</h1><p class="meta">11.12.2019 - Amelie Lorenz</p>${BODY}</article>`,
    );
    expect(authorsOf(dated)).toEqual(['Amelie Lorenz']);
    const timed = page('', `<article><small>04.02.2022 | 13:10 Uhr | Uta Helm</small>${BODY}</article>`);
    expect(authorsOf(timed)).toEqual(['Uta Helm']);
    const filed = page(
      '',
      `<article><p class="post-meta"><span>Mai 21 2019, 14:34</span> | <a href="/category/medien/" rel="tag">Medien</a>, <a href="/category/politik/" rel="tag">Politik</a></p>${BODY}</article>`,
    );
    expect(authorsOf(filed)).toEqual([]);
  });

  test('a bold or italic name closing the text signs it; a bold name with more text after it does not', () => {
    const signed = page('', `<article>${BODY}<p><b><i>Stefan Wald</i></b></p></article>`);
    expect(authorsOf(signed)).toEqual(['Stefan Wald']);
    const von = page('', `<div class="text">${BODY}<p><strong>Von Cosima Kunz</strong></p><p></p></div>`);
    expect(authorsOf(von)).toEqual(['Cosima Kunz']);
    const heading = page('', `<article>${BODY}<p><strong>Stefan Wald</strong></p>${BODY}</article>`);
    expect(authorsOf(heading)).toEqual([]);
  });

  test('an "Interview" credit label stands for the author, with the name in the element beside it', () => {
    const credits = page(
      '',
      `<article>${BODY}<div class="credits"><div class="credit-label">Interview</div><div class="credit-text">SVEN MICHEL</div></div></article>`,
    );
    expect(authorsOf(credits)).toEqual(['SVEN MICHEL']);
  });

  test('a bold name closing a long list of bold names is no sign-off: the running text must stand near it', () => {
    const list = '<p><b>Anna Berg</b></p>'.repeat(200);
    expect(authorsOf(page('', `<article>${BODY}${list}</article>`))).toEqual([]);
  });

  test('initials alone give way to a name printed further on, and stay the answer when none is', () => {
    const signed = page(
      '<meta name="author" content="LN">',
      `<article>${BODY}<p><strong>Von Cosima Kunz</strong></p></article>`,
    );
    expect(authorsOf(signed)).toEqual(['Cosima Kunz']);
    expect(authorsOf(page('<meta name="author" content="LN">', `<article>${BODY}</article>`))).toEqual(['LN']);
  });

  test('a login in the metadata gives way to the name a line prints for it, and stays when none matches', () => {
    const printed = (login: string, line: string) =>
      authorsOf(
        page(`<meta name="author" content="${login}">`, `<article><div class="meta">${line}</div>${BODY}</article>`),
      );
    expect(printed('marenholt', 'von Maren Holt')).toEqual(['Maren Holt']);
    expect(printed('jonas.p.brandt', 'By Jonas P. Brandt')).toEqual(['Jonas P. Brandt']);
    expect(printed('marenholt', 'von Jonas Brandt')).toEqual(['marenholt']);
  });

  test('the company opening the site name ("Harbour" on "Harbour Weekly") gives way to the people a line names', () => {
    const company = '<meta name="author" content="Harbour">';
    const byline = '<p><span class="byline-author">Posted by Maren Holt and Jonas Brandt - Ferry desk</span></p>';
    expect(authorsOf(page(company, `<article>${byline}${BODY}</article>`))).toEqual(['Maren Holt', 'Jonas Brandt']);
    expect(authorsOf(page(company, `<article>${BODY}</article>`))).toEqual(['Harbour']);
  });

  test('an organisation split at its "und" is no list of people: the person in the markup is the author', () => {
    const agency = '<meta name="author" content="Landesanstalt für Wald und Forstwirtschaft - LWF">';
    const markup = '<p>Text: <span class="author">Maren  Holt</span></p>';
    expect(authorsOf(page(agency, `<article>${markup}${BODY}</article>`))).toEqual(['Maren Holt']);
    // Nor is a name and a credit with a lower-case word: nothing beats a wrong name.
    expect(
      authorsOf(page('<meta name="author" content="Jonas Brandt und Fuchsy designed">', `<article>${BODY}</article>`)),
    ).toEqual([]);
    expect(
      authorsOf(page('<meta name="author" content="Jonas Brandt und Maren von Holt">', `<article>${BODY}</article>`)),
    ).toEqual(['Jonas Brandt', 'Maren von Holt']);
  });
});

describe('co-authors', () => {
  test("a later line naming the first source's author and more gives the whole list", () => {
    const meta = `<html><head>${ld({ '@type': 'Person', name: 'Sadhbh Quinn' })}
      <meta name="author" content="Sadhbh Quinn,Elisabeth Korn"></head><body><article>${BODY}</article></body></html>`;
    expect(authorsOf(meta)).toEqual(['Sadhbh Quinn', 'Elisabeth Korn']);
    const markup = `<html><head>${ld({ '@type': 'Person', name: 'Rudolf Fink' })}</head><body><article>
      <span class="vcard author"><span class="fn">von Rudolf Fink, Simon Kehl</span></span>${BODY}</article></body></html>`;
    expect(authorsOf(markup)).toEqual(['Rudolf Fink', 'Simon Kehl']);
  });

  test("a line naming someone else, the same person's initials, a desk or a place adds no one", () => {
    const other = `<html><head>${ld({ '@type': 'Person', name: 'Tina Kloss' })}
      <meta name="author" content="Mara Lind, Jon Ness"></head><body><article>${BODY}</article></body></html>`;
    expect(authorsOf(other)).toEqual(['Tina Kloss']);
    const initials = `<html><head>${ld({ '@type': 'Person', name: 'Tina Kloss' })}
      <meta name="author" content="Tina Kloss,TK"></head><body><article>${BODY}</article></body></html>`;
    expect(authorsOf(initials)).toEqual(['Tina Kloss']);
    const desk = `<html><head>${ld({ '@type': 'Person', name: 'Mathilda Traut' })}
      <meta name="author" content="Mathilda Traut, Online-Redaktion"></head><body><article>${BODY}</article></body></html>`;
    expect(authorsOf(desk)).toEqual(['Mathilda Traut']);
    const place = `<html><head>${ld({ '@type': 'Person', name: 'Sara Wheel' })}</head><body><article>
      <p class="byline">Sara Wheel, Baghdad</p>${BODY}</article></body></html>`;
    expect(authorsOf(place)).toEqual(['Sara Wheel']);
  });

  test('a social handle after the name is cut; an interview names both people; a gendered label is cut', () => {
    expect(splitByline('Williams Perez @wperezd')).toEqual(['Williams Perez']);
    expect(splitByline('Richard Precht im Gespräch mit Karin Fisch')).toEqual(['Richard Precht', 'Karin Fisch']);
    expect(splitByline('Autor/in: Korinna Hent')).toEqual(['Korinna Hent']);
  });
});
