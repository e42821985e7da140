/**
 * One article in three versions, served at one address: as first read; edited around the highlighted
 * sentence (a correction paragraph inserted before it, the sentence before it reworded, markup and
 * whitespace changed inside it); and with the highlighted sentence deleted.
 */
export const ARTICLE_PATH = '/city/2024/09/03/harbour-bridge-budget-approved';
export const ARTICLE_TITLE = 'Council approves the harbour bridge budget after a long night';
export const QUOTE = 'The council voted nine to four to approve the harbour bridge budget on Tuesday evening.';

export type Version = 'original' | 'edited' | 'quote-deleted';

export function articleHtml(version: Version): string {
  const before =
    version === 'original'
      ? 'Residents filled the chamber and the overflow room for the third meeting in a row.'
      : 'Residents filled the chamber, the overflow room and the lobby for a third straight meeting.';
  const quote =
    version === 'edited'
      ? 'The council voted <em>nine to four</em>\n        to approve the harbour   bridge budget on Tuesday evening.'
      : QUOTE;
  const correction =
    version === 'original' ? '' : '<p class="correction">Correction: an earlier version misstated the vote count.</p>';
  const quoteParagraph = version === 'quote-deleted' ? '' : `<p>${quote} The vote ended a debate of six hours.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${ARTICLE_TITLE} | Harbour Times</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2024-09-03T08:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ARTICLE_TITLE}","datePublished":"2024-09-03T08:00:00Z","author":{"@type":"Person","name":"Mara Quinn"},"publisher":{"@type":"Organization","name":"Harbour Times"}}</script>
</head><body>
<header><a href="/">Harbour Times</a></header>
<article>
<h1>${ARTICLE_TITLE}</h1>
<p class="byline">By Mara Quinn</p>
${correction}
<p>${before} Many came to speak about tolls, ferries and the cost of steel.</p>
${quoteParagraph}
<p>Mayor Ines Okafor said construction could start next spring if the state grant arrives on time.</p>
<p>Opponents said the plan would raise property taxes and promised to bring the question to voters in November.</p>
<p>The bridge would replace a ferry line that has carried commuters across the harbour since 1952.</p>
</article>
</body></html>`;
}
