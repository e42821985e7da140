import { describe, expect, test } from 'vitest';
import { diffParagraphs } from '../../lib/library/changes';

const SAVED =
  'The truce is over, the militia said.\n\nA drone strike killed four fighters.\n\nThe US declined to comment.';

describe('article changes by paragraph', () => {
  test('the same text, reflowed, is no change', () => {
    expect(diffParagraphs(SAVED, SAVED.replace(/ /g, '  ').replace(/\n\n/g, '\n \n'), 'T')).toBeNull();
  });

  test('an edited paragraph shows as removed then added; untouched ones are kept', () => {
    const now = SAVED.replace('killed four fighters', 'killed five fighters') + '\n\nThis story has been updated.';
    const change = diffParagraphs(SAVED, now, '2024-08-08T09:00:00Z')!;
    expect(change).toMatchObject({ capturedAt: '2024-08-08T09:00:00Z', added: 2, removed: 1 });
    expect(change.parts).toEqual([
      { kind: 'same', paragraphs: ['The truce is over, the militia said.'] },
      { kind: 'removed', paragraphs: ['A drone strike killed four fighters.'] },
      { kind: 'added', paragraphs: ['A drone strike killed five fighters.'] },
      { kind: 'same', paragraphs: ['The US declined to comment.'] },
      { kind: 'added', paragraphs: ['This story has been updated.'] },
    ]);
  });

  test('a deleted paragraph is reported as removed', () => {
    const change = diffParagraphs(SAVED, SAVED.replace('\n\nThe US declined to comment.', ''), 'T')!;
    expect(change).toMatchObject({ added: 0, removed: 1 });
    expect(change.parts.at(-1)).toEqual({ kind: 'removed', paragraphs: ['The US declined to comment.'] });
  });
});
