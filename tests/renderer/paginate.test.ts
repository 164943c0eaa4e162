import { describe, expect, it } from 'vitest';
import { assignPages } from '../../renderer/src/programme/paginate';

const body = (keepWithNext = false, breakBefore = false) => ({
  page: 'body' as const,
  keepWithNext,
  breakBefore,
});

describe('assigning blocks to preview pages', () => {
  it('puts the cover alone, starts a new page on break-before, and fills pages in order', () => {
    const blocks = [{ page: 'cover' as const }, body(), body(), body(false, true), body()];
    expect(assignPages(blocks, [900, 400, 400, 100, 100], 1000)).toEqual([[0], [1, 2], [3, 4]]);
    expect(assignPages(blocks, [900, 600, 600, 100, 100], 1000)).toEqual([[0], [1], [2], [3, 4]]);
  });

  it('never leaves a heading last on a page', () => {
    const blocks = [body(), body(true), body()];
    expect(assignPages(blocks, [800, 100, 300], 1000)).toEqual([[0], [1, 2]]);
  });

  it('keeps a heading with a block taller than a page instead of leaving it alone', () => {
    const blocks = [body(), body(true), body()];
    expect(assignPages(blocks, [300, 100, 1500], 1000)).toEqual([[0], [1, 2]]);
  });
});
