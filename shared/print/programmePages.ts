import { languageTag, type DuizhaoDocument } from '../model/document';
import type { Programme } from '../model/programme';
import { programmeOf } from '../programme/structure';
import { LANGS, langAttributes, PrintTexts, type ProgrammePrintOptions } from './bilingual';
import { makeBlock, type PagedBlock, type PagedHtml } from './pagedHtml';
import { AgendaRenderer } from './programmeAgenda';
import { coverBlock } from './programmeCover';
import { PROGRAMME_CSS } from './programmeStyles';

export type { ProgrammeLayout, ProgrammePrintOptions } from './bilingual';
export {
  pagedHtmlDocument,
  pageNumberLabel,
  PAGE_GEOMETRY,
  type PagedBlock,
  type PagedHtml,
} from './pagedHtml';

/**
 * A programme document as paged HTML: the cover on a page of its own, the introduction from
 * the next page, then the agenda, from a page of its own, day by day. Side by side puts
 * Chinese left and English right in aligned rows; stacked puts each English line under its
 * Chinese. Pure: the same document and options give the same HTML in Node and the renderer.
 */
export function renderProgramme(
  document: DuizhaoDocument,
  options: ProgrammePrintOptions,
): PagedHtml {
  const programme = programmeOf(document);
  const texts = new PrintTexts(document, options);
  return {
    lang: languageTag(document.sourceLanguage),
    title: [document.title.zh, document.title.en].filter((text) => text !== '').join(' · '),
    css: PROGRAMME_CSS,
    blocks: [
      coverBlock(document, programme, texts),
      ...introductionBlocks(programme, texts, options),
      ...new AgendaRenderer(programme, texts, options.layout).blocks(),
    ],
  };
}

/** Each paragraph of the introduction a block: Chinese beside or above its English. */
function introductionBlocks(
  programme: Programme,
  texts: PrintTexts,
  options: ProgrammePrintOptions,
): PagedBlock[] {
  const layout = options.layout === 'sideBySide' ? 'dz-intro-side-by-side' : 'dz-intro-stacked';
  return programme.introduction
    .map((unitId) => ({ unitId, text: texts.pair(unitId) }))
    .filter((found) => found.text !== undefined)
    .map(({ unitId, text }, index) =>
      makeBlock({
        id: `intro-${unitId}`,
        page: 'body',
        breakBefore: index === 0,
        className: `dz-intro ${layout}`,
        content: LANGS.map((lang) => `<p ${langAttributes(lang)}>${text?.[lang] ?? ''}</p>`).join(
          '',
        ),
      }),
    );
}
