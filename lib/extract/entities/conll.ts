/**
 * WikiANN / CoNLL-style token-per-line data ("en:Word<TAB>B-PER", blank line between sentences) →
 * sentences of words and BIO tags. Pure, so the training script and the evaluation share it.
 */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

export function parseConll(data: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  for (const line of data.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (line.trim() === '' || tab < 0) {
      if (cur.words.length > 0) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    cur.words.push(line.slice(0, tab).replace(/^[a-z]{2}:/, ''));
    cur.tags.push(line.slice(tab + 1).trim());
  }
  if (cur.words.length > 0) out.push(cur);
  return out;
}
