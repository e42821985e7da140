import { describe, expect, test } from 'vitest';
import { startsUpper, startsWordChar } from '../../lib/extract/initial';

// The ASCII fast path must agree with the Unicode properties it stands in for, at the ASCII edges and beyond.
describe('first-character tests', () => {
  const samples = [
    'A',
    'Z',
    'a',
    'z',
    '@',
    '[',
    '`',
    '{',
    '0',
    '9',
    '/',
    ':',
    '"',
    'É',
    'é',
    'ß',
    'Σ',
    'σ',
    '𝐀',
    '𝐚',
    '٣',
    '—',
    '',
    'Iraq',
  ];

  test('startsUpper is /^\\p{Lu}/u', () => {
    for (const s of samples) expect(startsUpper(s), JSON.stringify(s)).toBe(/^\p{Lu}/u.test(s));
  });

  test('startsWordChar is /^[\\p{L}\\p{N}]/u', () => {
    for (const s of samples) expect(startsWordChar(s), JSON.stringify(s)).toBe(/^[\p{L}\p{N}]/u.test(s));
  });
});
