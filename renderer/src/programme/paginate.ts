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
 * Lays paged HTML out as A4 page boxes inside a shadow root, and keeps them up to date cheaply:
 * a block is measured once per distinct HTML (typing changes one block), and only pages whose
 * content changed are rewritten. Re-measuring and rewriting a 100-page programme on every
 * change took most of a second in Chromium; this takes a few milliseconds per keystroke.
 */
export class PreviewPaginator {
  private readonly heights = new Map<string, number>();
  private pageHtml: string[] = [];
  private css = '';
  private readonly measure: HTMLElement;
  private readonly pages: HTMLElement;

  constructor(private readonly root: ShadowRoot) {
    root.innerHTML =
      '<div class="dz-print dz-measure"><div class="dz-page"><div class="dz-page-body"></div></div></div>' +
      '<div class="dz-print dz-preview-pages"></div>';
    this.measure = root.querySelector('.dz-measure .dz-page-body') as HTMLElement;
    this.pages = root.querySelector('.dz-preview-pages') as HTMLElement;
  }

  /** Shows `paged`; returns the page count. */
  update(paged: PagedHtml, extraCss: string): number {
    const css = `${paged.css}\n${extraCss}`;
    if (css !== this.css) {
      // A constructed style sheet, not a <style> element: the page's CSP forbids inline styles.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      this.root.adoptedStyleSheets = [sheet];
      this.css = css;
      this.heights.clear();
    }
    this.measureNew(paged);
    const heights = paged.blocks.map((block) => this.heights.get(block.html) ?? 0);
    const assigned = assignPages(paged.blocks, heights, PAGE_BODY_HEIGHT_MM * PX_PER_MM);
    const html = assigned.map(
      (indexes, page) =>
        `<div class="dz-page-body">${indexes.map((index) => paged.blocks[index]?.html ?? '').join('')}</div>${
          page === 0 ? '' : `<div class="dz-page-number">${pageNumberLabel(page + 1)}</div>`
        }`,
    );
    this.pages.lang = paged.lang;
    html.forEach((content, index) => {
      if (this.pageHtml[index] === content) return;
      let page = this.pages.children[index] as HTMLElement | undefined;
      if (!page) {
        page = document.createElement('div');
        page.className = 'dz-page';
        this.pages.append(page);
      }
      page.innerHTML = content;
    });
    while (this.pages.children.length > html.length) this.pages.lastElementChild?.remove();
    this.pageHtml = html;
    return html.length;
  }

  /** Measures the blocks not seen before, all at once, in a page-wide hidden column. */
  private measureNew(paged: PagedHtml): void {
    const fresh = [...new Set(paged.blocks.map((block) => block.html))].filter(
      (html) => !this.heights.has(html),
    );
    if (fresh.length === 0) return;
    // Blocks are spaced by padding, never margins, so each one's box is all the room it takes.
    this.measure.innerHTML = fresh.join('');
    [...this.measure.children].forEach((element, index) => {
      this.heights.set(fresh[index] as string, element.getBoundingClientRect().height);
    });
    this.measure.innerHTML = '';
    // Old texts pile up while typing: start over now and then rather than grow without end.
    if (this.heights.size > 20_000) this.heights.clear();
  }
}
