import { describe, expect, it } from 'vitest';
import type { DuizhaoDocument } from '../../../shared/model/document';
import type { Session } from '../../../shared/model/programme';
import type { ProgrammeBuilder } from '../../../shared/programme/builder';
import {
  pagedHtmlDocument,
  pageNumberLabel,
  renderProgramme,
  type PagedBlock,
} from '../../../shared/print/programmePages';
import { programmeDocument as buildProgramme } from '../../support/programmes';

const SUP_ST = [{ text: '21' }, { text: 'st', marks: ['superscript' as const] }];

const programmeDocument = (build: (b: ProgrammeBuilder) => void): DuizhaoDocument =>
  buildProgramme(build, {
    title: { zh: '第二十一届中国科协年会', en: 'The 21st Annual Meeting of CAST' },
  });

/** The CAST meeting: its cover, and a day with a forum chaired by Li Ming with two talks. */
function castMeeting(extra: (b: ProgrammeBuilder, sessions: Session[]) => void = () => {}) {
  return programmeDocument((b) => {
    const p = b.programme;
    p.edition = b.text({ zh: '第二十一届', en: SUP_ST });
    p.title = b.text({
      zh: '中国科协年会',
      en: 'Annual Meeting of the China Association for Science and Technology',
    });
    p.city = b.text({ zh: '中国·哈尔滨', en: 'Harbin, China' });
    p.startDate = '2019-06-29';
    p.endDate = '2019-06-29';
    const cast = b.organisation({
      zh: '中国科学技术协会',
      en: 'China Association for Science and Technology',
    });
    const heilongjiang = b.organisation({
      zh: '黑龙江省人民政府',
      en: 'People’s Government of Heilongjiang Province',
    });
    const hast = b.organisation({
      zh: '黑龙江省科学技术协会',
      en: 'Heilongjiang Association for Science and Technology',
    });
    p.organisers.push(
      { role: 'host', organisationId: cast.id },
      { role: 'host', organisationId: heilongjiang.id },
      { role: 'organiser', organisationId: hast.id },
    );
    const li = b.person(
      { zh: '李明', en: 'Li Ming' },
      {
        title: { zh: '院士', en: 'Academician' },
        affiliation: { zh: '中国科学院', en: 'Chinese Academy of Sciences' },
      },
    );
    const zhang = b.person({ zh: '张伟', en: 'Zhang Wei' });
    const hall = b.room(
      { zh: '松花江厅', en: 'Songhua River Hall' },
      { zh: '二层', en: 'Level 2' },
    );
    const sessions: Session[] = [
      {
        id: 'forum',
        kind: 'forum',
        title: b.text({ zh: '数字经济院长论坛', en: 'Directors’ Forum on Digital Economy' }),
        start: '14:00',
        end: '15:30',
        roomId: hall.id,
        chairs: [li.id],
        moderators: [],
        items: [
          {
            id: 'talk1',
            title: b.text({ zh: '数字经济的若干问题', en: 'Questions in the digital economy' }),
            start: '14:00',
            end: '14:30',
            speakers: [li.id],
          },
          { id: 'talk2', title: b.text({ zh: '工业互联网' }), speakers: [zhang.id] },
        ],
      },
    ];
    extra(b, sessions);
    p.days.push({ id: 'day1', date: '2019-06-29', sessions });
  });
}

const block = (blocks: PagedBlock[], id: string): PagedBlock => {
  const found = blocks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
};
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('renderProgramme: the cover', () => {
  const { blocks } = renderProgramme(castMeeting(), { layout: 'sideBySide' });
  const cover = block(blocks, 'cover');

  it('is the first block, on a page of its own', () => {
    expect(blocks[0]).toBe(cover);
    expect(cover.page).toBe('cover');
    expect(blocks.slice(1).every((found) => found.page === 'body')).toBe(true);
    expect(blocks[1]?.breakBefore).toBe(true);
  });

  it('names the event: edition and title in Chinese, "The" edition title in English', () => {
    expect(cover.html).toContain('第二十一届中国科协年会');
    expect(cover.html).toContain(
      'The 21<sup>st</sup> Annual Meeting of the China Association for Science and Technology',
    );
  });

  it('lists the hosts in both languages, then the other organisers under their role', () => {
    const text = textOf(cover.html);
    expect(text).toContain('中国科学技术协会黑龙江省人民政府');
    expect(cover.html).toContain(
      '<span class="dz-organisation">中国科学技术协会</span><span class="dz-organisation">黑龙江省人民政府</span>',
    );
    expect(text).toContain('People’s Government of Heilongjiang Province');
    expect(text).toContain('承办单位Organised by黑龙江省科学技术协会');
    expect(text.indexOf('黑龙江省人民政府')).toBeLessThan(text.indexOf('承办单位'));
  });

  it('gives the city and the dates', () => {
    const text = textOf(cover.html);
    expect(text).toContain('中国·哈尔滨Harbin, China');
    expect(text).toContain('2019年6月29日June 29, 2019');
  });

  it('marks Chinese and English for the layout and the fonts', () => {
    expect(cover.html).toContain('<span class="dz-zh" lang="zh-CN">第二十一届中国科协年会</span>');
    expect(cover.html).toContain('lang="en"');
  });
});

describe('renderProgramme: the agenda', () => {
  const meeting = castMeeting();
  const sideBySide = renderProgramme(meeting, { layout: 'sideBySide' });
  const stacked = renderProgramme(meeting, { layout: 'stacked' });

  it('cuts the agenda into heading, day, session and talk blocks that keep together', () => {
    expect(sideBySide.blocks.map((found) => found.id)).toEqual([
      'cover',
      'agenda',
      'day-day1',
      'session-forum',
      'talk-talk1',
      'talk-talk2',
    ]);
    const [, agenda, day, session, talk1, talk2] = sideBySide.blocks;
    expect(agenda).toMatchObject({ breakBefore: true, keepWithNext: true });
    expect(day).toMatchObject({ keepWithNext: true });
    expect(session).toMatchObject({ keepWithNext: true, sessionId: 'forum' });
    expect(talk1?.sessionId).toBe('forum');
    expect(talk1?.keepWithNext).toBeUndefined();
    expect(talk2?.sessionId).toBe('forum');
    expect(session?.html).toContain('data-session-id="forum"');
    expect(session?.html).toContain('dz-keep-with-next');
  });

  it('heads the agenda with the time zone and each day with its date', () => {
    const agenda = textOf(block(sideBySide.blocks, 'agenda').html);
    expect(agenda).toContain('所有时间均为当地时间（UTC+08:00）');
    expect(agenda).toContain('All times are local (UTC+08:00)');
    const day = textOf(block(sideBySide.blocks, 'day-day1').html);
    expect(day).toBe('2019年6月29日（星期六）Saturday, June 29, 2019');
  });

  it('shows a session with its time, kind, title, room and chair', () => {
    const session = block(sideBySide.blocks, 'session-forum').html;
    const text = textOf(session);
    expect(text).toContain('14:00–15:30');
    expect(text).toContain('数字经济院长论坛');
    expect(text).toContain('Directors’ Forum on Digital Economy');
    expect(text).toContain('地点：松花江厅（二层）');
    expect(text).toContain('Venue:Songhua River Hall, Level 2');
    expect(text).toContain('主持人：李明中国科学院院士');
    expect(text).toContain('Chair:Li Ming, Academician, Chinese Academy of Sciences');
    // The title names the kind, so no 论坛 / Forum label repeats it.
    expect(session).not.toContain('dz-kind');
  });

  it('shows each talk with its time, title and speakers', () => {
    const talk = block(sideBySide.blocks, 'talk-talk1').html;
    expect(textOf(talk)).toContain('14:00–14:30');
    expect(talk).toContain(
      '<span class="dz-person-name">李明</span><span class="dz-person-role">中国科学院院士</span>',
    );
    expect(talk).toContain(
      '<span class="dz-person-name">Li Ming</span>, Academician, Chinese Academy of Sciences',
    );
  });

  it('labels a session by its kind when the title does not say it', () => {
    const doc = castMeeting((b, sessions) => {
      sessions.push({
        id: 'keynote',
        kind: 'plenary',
        title: b.text({ zh: '主旨报告会', en: 'Keynote Session' }),
        start: '16:00',
        chairs: [],
        moderators: [],
        items: [],
      });
    });
    const html = block(renderProgramme(doc, { layout: 'sideBySide' }).blocks, 'session-keynote');
    expect(html.html).toContain('<span class="dz-kind">全体大会</span>');
    expect(html.html).toContain('<span class="dz-kind">Plenary Session</span>');
    expect(html.keepWithNext).toBeUndefined();
  });

  it('puts Chinese left and English right side by side, English under Chinese stacked', () => {
    const side = block(sideBySide.blocks, 'talk-talk1').html;
    expect(side).toContain('dz-row-side-by-side');
    const sideText = textOf(side);
    // Side by side: the Chinese column (title, speaker), then the English column.
    expect(sideText.indexOf('李明')).toBeLessThan(sideText.indexOf('Questions in'));

    const stack = block(stacked.blocks, 'talk-talk1').html;
    expect(stack).toContain('dz-row-stacked');
    const stackText = textOf(stack);
    // Stacked: each Chinese line, then its English.
    expect(stackText.indexOf('数字经济的若干问题')).toBeLessThan(stackText.indexOf('Questions in'));
    expect(stackText.indexOf('Questions in')).toBeLessThan(stackText.indexOf('李明'));
  });

  it('says when a session’s time is still to be confirmed', () => {
    const doc = castMeeting((b, sessions) => {
      sessions.push({
        id: 'visit',
        kind: 'visit',
        title: b.text({ zh: '参观考察', en: 'Visit' }),
        chairs: [],
        moderators: [],
        items: [],
      });
    });
    const html = block(renderProgramme(doc, { layout: 'stacked' }).blocks, 'session-visit').html;
    expect(html).toContain('class="dz-tbc"');
    expect(textOf(html)).toContain('时间待定Time to be confirmed');
  });
});

describe('renderProgramme: missing translations', () => {
  const meeting = castMeeting();

  it('marks a text missing in one language in the draft', () => {
    const talk = block(renderProgramme(meeting, { layout: 'sideBySide' }).blocks, 'talk-talk2');
    expect(talk.html).toContain('工业互联网');
    expect(talk.html).toContain('<span class="dz-missing">[to be translated]</span>');
  });

  it('leaves the gap unmarked when draft marks are off, for print', () => {
    const paged = renderProgramme(meeting, { layout: 'sideBySide', draftMarks: false });
    const talk = block(paged.blocks, 'talk-talk2');
    expect(talk.html).toContain('工业互联网');
    expect(paged.blocks.some((found) => found.html.includes('dz-missing'))).toBe(false);
    expect(paged.blocks.some((found) => found.html.includes('to be translated'))).toBe(false);
  });

  it('marks a Chinese gap with the Chinese placeholder', () => {
    const doc = castMeeting((b, sessions) => {
      sessions.push({
        id: 'english-only',
        kind: 'other',
        title: b.text({ en: 'Poster session' }),
        start: '18:00',
        chairs: [],
        moderators: [],
        items: [],
      });
    });
    const html = block(renderProgramme(doc, { layout: 'stacked' }).blocks, 'session-english-only');
    expect(html.html).toContain('<span class="dz-missing">〔待译〕</span>');
  });
});

describe('renderProgramme: escaping', () => {
  const hostile = '<script>alert("x")</script> & Co';
  const doc = castMeeting((b, sessions) => {
    sessions.push({
      id: 'hostile',
      kind: 'forum',
      title: b.text({
        zh: hostile,
        en: [{ text: 'Bold ' }, { text: 'R&D', marks: ['bold'] }, { text: '\nsecond line' }],
      }),
      start: '18:00',
      chairs: [],
      moderators: [],
      items: [],
    });
  });
  const paged = renderProgramme(doc, { layout: 'sideBySide' });
  const html = block(paged.blocks, 'session-hostile').html;

  it('escapes every character that needs it', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).not.toContain('<script');
    expect(pagedHtmlDocument(paged)).not.toContain('<script');
  });

  it('turns marks into elements and line breaks into <br>', () => {
    expect(html).toContain('Bold <b>R&amp;D</b><br>second line');
  });

  it('escapes the document title', () => {
    const titled = { ...doc, title: { zh: '<b>年会</b>', en: 'A & B' } };
    const page = pagedHtmlDocument(renderProgramme(titled, { layout: 'stacked' }));
    expect(page).toContain('<title>&lt;b&gt;年会&lt;/b&gt; · A &amp; B</title>');
  });
});

describe('renderProgramme: a document without structure', () => {
  it('prints its units as the introduction under a cover with the document title', () => {
    const doc = castMeeting();
    const plain: DuizhaoDocument = { ...doc, programme: undefined };
    const { blocks } = renderProgramme(plain, { layout: 'sideBySide' });
    expect(block(blocks, 'cover').html).toContain('第二十一届中国科协年会');
    expect(blocks.slice(1).every((found) => found.id.startsWith('intro-'))).toBe(true);
    expect(blocks[1]?.breakBefore).toBe(true);
  });
});

describe('pagedHtmlDocument', () => {
  const paged = renderProgramme(castMeeting(), { layout: 'sideBySide' });
  const html = pagedHtmlDocument(paged, {
    fontCss: "@font-face { font-family: 'Noto Sans SC'; } </style><p>",
  });

  it('is a standalone document with the blocks, in order', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    let at = 0;
    for (const found of paged.blocks) {
      const next = html.indexOf(found.html, at);
      expect(next, found.id).toBeGreaterThan(at);
      at = next;
    }
  });

  it('sets up A4 pages with numbered feet, the cover unnumbered', () => {
    expect(html).toContain('size: A4;');
    expect(html).toContain('margin: 20mm 18mm 22mm 18mm;');
    expect(html).toContain('content: "第 " counter(page) " 页 · Page " counter(page) "";');
    expect(html).toMatch(/@page :first \{\s*@bottom-center \{ content: none; \}/);
    expect(pageNumberLabel(3)).toBe('第 3 页 · Page 3');
  });

  it('includes the font CSS without letting it close its style element', () => {
    expect(html).toContain("@font-face { font-family: 'Noto Sans SC'; }");
    expect(html).not.toContain('</style><p>');
  });

  it('uses CSS that the preview can scope: every rule under .dz-print', () => {
    const selectors = paged.css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('}')
      .map((rule) => rule.split('{')[0]?.trim() ?? '')
      .filter((selector) => selector !== '');
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors.flatMap((list) => list.split(','))) {
      expect(selector.trim(), selector).toMatch(/^\.dz-print\b/);
    }
    expect(paged.css).toContain('.dz-print .dz-page {');
    expect(paged.css).toContain('.dz-print .dz-page-body {');
  });

  it('is the same every time', () => {
    const again = renderProgramme(castMeeting(), { layout: 'sideBySide' });
    expect(again).toEqual(paged);
  });
});
