import { describe, expect, test } from 'vitest';
import { sentenceAt, splitSentences } from '../../lib/extract/sentences';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  test('splits on terminal punctuation followed by a capital', () => {
    expect(texts('The truce ended. Rockets struck the base! Who fired?')).toEqual([
      'The truce ended.',
      'Rockets struck the base!',
      'Who fired?',
    ]);
  });

  test('keeps titles, initials and dotted acronyms inside the sentence', () => {
    expect(texts('Dr. Smith met Gen. Lee in Washington. John F. Kennedy spoke.')).toEqual([
      'Dr. Smith met Gen. Lee in Washington.',
      'John F. Kennedy spoke.',
    ]);
    expect(texts('U.S. troops left. They returned.')).toEqual(['U.S. troops left.', 'They returned.']);
  });

  test('ends a sentence after an acronym when a common opener follows', () => {
    expect(texts('He flew to the U.S. The talks failed.')).toEqual(['He flew to the U.S.', 'The talks failed.']);
  });

  test('includes closing quotes and breaks on blank lines', () => {
    expect(texts('“We are done.” He left.\n\nNew paragraph')).toEqual(['“We are done.”', 'He left.', 'New paragraph']);
  });

  test('sentenceAt finds the containing span', () => {
    const t = 'One two. Three four.';
    const spans = splitSentences(t);
    expect(sentenceAt(spans, t.indexOf('Three'))).toEqual(spans[1]);
    expect(sentenceAt(spans, 8)).toBeNull();
  });
});
