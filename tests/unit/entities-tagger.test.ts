import { describe, expect, it } from 'vitest';
import { candidateRuns, hasCapital } from '../../lib/extract/entities/candidates';
import { compactWeights, countRows, ROW_STRIDE } from '../../lib/extract/entities/codec';
import { inLexicon } from '../../lib/extract/entities/lexicon';
import { decodeLexicon, encodeLexicon, lexiconHas } from '../../lib/extract/entities/lexicon-codec';
import { allowed, labelsToSpans, LABELS } from '../../lib/extract/entities/tagger';

const words = (text: string): string[] => text.split(' ');
const runsOf = (text: string): string[] => {
  const w = words(text);
  return candidateRuns(
    w,
    w.map(() => false),
  ).map((r) => w.slice(r.from, r.to).join(' '));
};

describe('candidate runs', () => {
  it('admits any token with a capital, and joins name connectors between capitals', () => {
    expect(hasCapital('eBay')).toBe(true);
    expect(hasCapital('al-Asad')).toBe(true);
    expect(hasCapital('Ünal')).toBe(true);
    expect(hasCapital('however')).toBe(false);
    expect(runsOf('the Bank of England and the bank of the river')).toEqual(['Bank of England']);
    expect(runsOf('talks with Mohammed bin Salman in Rio de Janeiro')).toEqual([
      'Mohammed bin Salman',
      'Rio de Janeiro',
    ]);
  });

  it('does not run on through a trailing connector or a line break', () => {
    expect(runsOf('the Bank of the')).toEqual(['Bank']);
    const w = words('Paris Lagos');
    expect(candidateRuns(w, [false, true])).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
    ]);
  });
});

describe('BIO decoding', () => {
  it('lets I-X follow only B-X or I-X', () => {
    const idx = (l: string): number => LABELS.indexOf(l as (typeof LABELS)[number]);
    expect(allowed(idx('B-PER'), idx('I-PER'))).toBe(true);
    expect(allowed(idx('O'), idx('I-PER'))).toBe(false);
    expect(allowed(idx('B-ORG'), idx('I-LOC'))).toBe(false);
    expect(labelsToSpans([idx('B-PER'), idx('I-PER'), idx('O'), idx('B-LOC')])).toEqual([
      { from: 0, to: 2, type: 'PER' },
      { from: 3, to: 4, type: 'LOC' },
    ]);
  });
});

describe('compact weights', () => {
  it('keeps every non-zero bucket as a row and reads empty buckets as slot 0', () => {
    const dense = new Float32Array(4 * 7);
    dense[1 * 7 + 2] = 0.5;
    dense[3 * 7 + 6] = -2;
    expect(countRows(dense, 7)).toBe(2);
    const cw = compactWeights(dense, 7);
    expect([...cw.slots]).toEqual([0, 1, 0, 2]);
    expect(cw.rows[1 * ROW_STRIDE + 2]).toBe(0.5);
    expect(cw.rows[2 * ROW_STRIDE + 6]).toBe(-2);
  });
});

describe('lexicon', () => {
  it('answers for what it was built with, per category', () => {
    const lex = decodeLexicon(
      encodeLexicon(12, [
        ['city', 'port harcourt'],
        ['given', 'oluwaseun'],
      ]),
    );
    expect(lexiconHas(lex, 'city', 'port harcourt')).toBe(true);
    expect(lexiconHas(lex, 'given', 'oluwaseun')).toBe(true);
    expect(lexiconHas(lex, 'given', 'port harcourt')).toBe(false);
    expect(lexiconHas(lex, 'city', 'however')).toBe(false);
  });

  it('ships world cities and given names from the npm lists', () => {
    expect(inLexicon('city', 'nairobi')).toBe(true);
    expect(inLexicon('city', 'st. louis')).toBe(true);
    expect(inLexicon('given', 'giovanni')).toBe(true);
    expect(inLexicon('given', 'the')).toBe(false);
  });
});
