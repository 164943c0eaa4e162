import { escapeHtml, cssString } from './html';
import { printWord } from './printWords';

/**
 * Paged HTML: a document cut into blocks, the units of pagination. Chromium's print engine
 * paginates the standalone document (pagedHtmlDocument) for PDF; the live preview puts the
 * same blocks into A4 page boxes (.dz-page > .dz-page-body) by measuring them. Both use the
 * same CSS, sized in mm and pt, so the preview and the PDF agree.
 */
export interface PagedBlock {
  id: string;
  /** The block's own element, wrapper and break classes included: insert it as it is. */
  html: string;
  /** The cover has a page to itself; the body starts on the page after it. */
  page: 'cover' | 'body';
  /** Starts a new page. */
  breakBefore?: boolean;
  /** Must not be the last block on a page (a heading, a session's heading rows). */
  keepWithNext?: boolean;
  /** The session the block belongs to, for jumping from the preview to the editor. */
  sessionId?: string;
}

export interface PagedHtml {
  /** The document's language tag (its source language). */
  lang: string;
  /** Plain text, for the window or PDF title. */
  title: string;
  /** Every rule scoped under .dz-print; includes .dz-page and .dz-page-body for page boxes. */
  css: string;
  blocks: PagedBlock[];
}

/** A4, with the margins both the @page rule and the preview's page boxes use. */
export const PAGE_GEOMETRY = {
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 20, right: 18, bottom: 22, left: 18 },
} as const;

const { marginMm } = PAGE_GEOMETRY;
/** The printable area's height: what a block may fill on one page. */
export const PAGE_BODY_HEIGHT_MM = PAGE_GEOMETRY.heightMm - marginMm.top - marginMm.bottom;
export const PAGE_MARGIN_CSS = `${marginMm.top}mm ${marginMm.right}mm ${marginMm.bottom}mm ${marginMm.left}mm`;

export interface BlockSpec extends Omit<PagedBlock, 'html'> {
  /** Classes beside dz-block. */
  className: string;
  content: string;
  /** The element, section by default. */
  tag?: 'section' | 'div' | 'header';
}

/** A block whose html carries its id and break rules, so the preview and the PDF agree. */
export function makeBlock(spec: BlockSpec): PagedBlock {
  const { className, content, tag = 'div', breakBefore, keepWithNext, ...block } = spec;
  const classes = [
    'dz-block',
    className,
    breakBefore ? 'dz-break-before' : '',
    keepWithNext ? 'dz-keep-with-next' : '',
  ].filter((name) => name !== '');
  const session =
    block.sessionId === undefined ? '' : ` data-session-id="${escapeHtml(block.sessionId)}"`;
  const html = `<${tag} class="${classes.join(' ')}" data-block-id="${escapeHtml(block.id)}"${session}>${content}</${tag}>`;
  // Flags only when set: a block without them reads the same however its maker said "no".
  return {
    ...block,
    html,
    ...(breakBefore ? { breakBefore } : {}),
    ...(keepWithNext ? { keepWithNext } : {}),
  };
}

/** The page number as printed at the foot of a page: 第 3 页 · Page 3. */
export function pageNumberLabel(page: number | string): string {
  return `${printWord('print.page', 'zh', { page })} · ${printWord('print.page', 'en', { page })}`;
}

/** The same label as CSS `content` for a margin box, with counter(page) for the number. */
function pageNumberContent(): string {
  const marker = '\u0000';
  return pageNumberLabel(marker).split(marker).map(cssString).join(' counter(page) ');
}

/** Rules only paginated media needs: page size, margins, the page number in a margin box. */
function pageRules(): string {
  return `@page {
  size: A4;
  margin: ${PAGE_MARGIN_CSS};
  @bottom-center {
    content: ${pageNumberContent()};
    font-family: 'Noto Sans SC', 'Noto Sans', sans-serif;
    font-size: 7.5pt;
    color: #7a7a7a;
    vertical-align: middle;
  }
}
/* The cover carries no number; it still counts as page 1. */
@page :first {
  @bottom-center { content: none; }
}
html, body { margin: 0; padding: 0; background: #fff; }`;
}

/**
 * A complete HTML document of the blocks for Chromium's printToPDF. `fontCss` is trusted CSS
 * (the bundled fonts' @font-face rules); the document loads nothing else.
 */
export function pagedHtmlDocument(paged: PagedHtml, options: { fontCss?: string } = {}): string {
  const style = (css: string) => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(paged.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(paged.title)}</title>`,
    options.fontCss ? style(options.fontCss) : '',
    style(paged.css),
    style(pageRules()),
    '</head>',
    '<body>',
    '<div class="dz-print dz-flow">',
    ...paged.blocks.map((block) => block.html),
    '</div>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
