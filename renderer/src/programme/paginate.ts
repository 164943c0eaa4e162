import {
  PAGE_BODY_HEIGHT_MM,
  PAGE_GEOMETRY,
  pageNumberLabel,
  type PagedHtml,
} from '../../../shared/print/pagedHtml';

const PX_PER_MM = 96 / 25.4;
export const PAGE_WIDTH_PX = PAGE_GEOMETRY.widthMm * PX_PER_MM;

/**
 * Which blocks go on which page, from their measured heights: the cover alone on the first
 * page, a break-before block on a new page, a keep-with-next block never last on a page, and a
 * block taller than a page on a page of its own (Chromium's print engine splits those; the
 * preview shows them whole).
 */
export function assignPages(
  blocks: readonly { page: 'cover' | 'body'; breakBefore?: boolean; keepWithNext?: boolean }[],
  heights: readonly number[],
  pageHeight: number,
): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  let used = 0;
  const close = () => {
    if (current.length > 0) pages.push(current);
    current = [];
    used = 0;
  };
  blocks.forEach((block, index) => {
    const height = heights[index] ?? 0;
    if (block.page === 'cover') {
      close();
      pages.push([index]);
      return;
    }
    if (block.breakBefore) close();
    // A heading with what follows it: the pair (or chain) must fit, or both move on.
    let needed = height;
    for (let next = index; blocks[next]?.keepWithNext && next + 1 < blocks.length; next += 1) {
      needed += heights[next + 1] ?? 0;
      if (!blocks[next + 1]?.keepWithNext) break;
    }
    // A block after a keep-with-next one stays with it: that one moved on already if the
    // pair could not share its page.
    const kept = current.length > 0 && blocks[index - 1]?.keepWithNext === true;
    if (!kept && used > 0 && used + Math.min(needed, pageHeight) > pageHeight) close();
    current.push(index);
    used += height;
  });
  close();
  return pages;
}

/**
 * Lays paged HTML out as A4 page boxes inside a shadow root: measure every block once in a
 * page-wide column, assign pages, then write the pages. Returns the page count.
 */
export function paginateInto(root: ShadowRoot, paged: PagedHtml, extraCss: string): number {
  // A constructed style sheet, not a <style> element: the page's CSP forbids inline styles.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${paged.css}\n${extraCss}`);
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = `<div class="dz-print dz-measure"><div class="dz-page"><div class="dz-page-body">${paged.blocks
    .map((block) => block.html)
    .join('')}</div></div></div>`;
  const body = root.querySelector('.dz-page-body');
  const elements = body ? [...body.children] : [];
  const tops = elements.map((element) => element.getBoundingClientRect().top);
  const bottom = body?.lastElementChild?.getBoundingClientRect().bottom ?? 0;
  const heights = tops.map((top, i) => (tops[i + 1] ?? bottom) - top);
  const pages = assignPages(paged.blocks, heights, PAGE_BODY_HEIGHT_MM * PX_PER_MM);
  root.innerHTML = `<div class="dz-print dz-preview-pages" lang="${paged.lang}">${pages
    .map(
      (indexes, page) =>
        `<div class="dz-page"><div class="dz-page-body">${indexes
          .map((index) => paged.blocks[index]?.html ?? '')
          .join('')}</div>${
          page === 0 ? '' : `<div class="dz-page-number">${pageNumberLabel(page + 1)}</div>`
        }</div>`,
    )
    .join('')}</div>`;
  return pages.length;
}
