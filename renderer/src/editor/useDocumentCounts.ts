import { useEffect, useState } from 'react';
import type { DuizhaoDocument } from '../../../shared/model/document';
import { countsOf, documentCounts, type DocumentCounts } from '../../../shared/review/stats';

/** Work in slices this long, so a keystroke or a click never waits behind the counting. */
const SLICE_MS = 6;

/**
 * The document's counts, worked out in idle slices. Counting every character of a 5,000-unit
 * document takes longer than a frame; done at once it would hold up the grid on opening. Each
 * unit's counts are cached (see countsOf), so after an edit only the changed unit is counted
 * again and the figures follow at once. Null until the first count is done.
 */
export function useDocumentCounts(document: DuizhaoDocument): DocumentCounts | null {
  const [counts, setCounts] = useState<DocumentCounts | null>(null);
  useEffect(() => {
    const units = document.units;
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const work = () => {
      const until = performance.now() + SLICE_MS;
      while (next < units.length) {
        const unit = units[next];
        if (unit) countsOf(unit);
        next += 1;
        if (next % 64 === 0 && performance.now() > until) {
          timer = setTimeout(work, 0);
          return;
        }
      }
      timer = null;
      setCounts(documentCounts(document));
    };
    work();
    return () => {
      if (timer !== null) clearTimeout(timer);
    };
  }, [document]);
  return counts;
}
