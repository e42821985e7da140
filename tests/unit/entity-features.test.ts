import { describe, expect, it } from 'vitest';
import {
  HISTORY_FEATURES,
  hashFeature,
  hashParts,
  historyFeatures,
  wordShape,
} from '../../lib/extract/entities/features';

// The tagger's speed-ups must hash exactly as the model was trained, or the shipped weights tag garbage.
describe('entity feature hashing without joined strings', () => {
  it('hashParts folds the parts as hashFeature hashes their join', () => {
    expect(hashParts(20, 'Xx', '|', 'said')).toBe(hashFeature(20, 'Xx|said'));
    expect(hashParts(21, 'Xx', '|', 'X.X.', '|', 'd')).toBe(hashFeature(21, 'Xx|X.X.|d'));
    expect(hashParts(15, '1', 'Ünal')).toBe(hashFeature(15, '1Ünal'));
  });

  it('history features equal the hashes of their template strings', () => {
    const out = new Uint32Array(HISTORY_FEATURES);
    historyFeatures(3, 'al-asad', 'x-Xx', out, 0);
    expect([...out]).toEqual([hashFeature(101, '3'), hashFeature(103, '3|al-asad'), hashFeature(104, '3|x-Xx')]);
  });

  it('word shapes classify ASCII and other scripts alike', () => {
    expect(wordShape('Biden')).toBe('Xx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1,000')).toBe('d,d');
    expect(wordShape('Ünal')).toBe('Xx');
    expect(wordShape('Straße')).toBe('Xx');
    expect(wordShape('٣٤')).toBe('d');
  });
});
