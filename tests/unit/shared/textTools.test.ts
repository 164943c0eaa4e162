import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../shared/edits/applyEdits';
import type { Edit } from '../../../shared/edits/edit';
import { inverseEdits } from '../../../shared/edits/inverse';
import type { DuizhaoDocument } from '../../../shared/model/document';
import { plainText } from '../../../shared/model/richText';
import { joinRichText, sliceRichText, splitRichText } from '../../../shared/model/richTextOps';
import { matchesFilter, NO_FILTER } from '../../../shared/review/filters';
import { documentStats } from '../../../shared/review/stats';
import { countText } from '../../../shared/text/counting';
import { compileQuery, findRanges, replaceInRichText } from '../../../shared/text/search';
import { AT, BY_REVIEWER, BY_TRANSLATOR } from '../../support/actors';

describe('counting (the rules the help states)', () => {
  it.each([
    ['第二十一届中国科协年会', { han: 11, nonSpace: 11, words: 1 }],
    ['中国·哈尔滨', { han: 5, nonSpace: 6, words: 1 }],
    ['2019年6月29日', { han: 3, nonSpace: 10, words: 1 }],
    ['“创新驱动”，科技引领。', { han: 8, nonSpace: 12, words: 1 }],
    ['中国科学技术协会 黑龙江省人民政府', { han: 16, nonSpace: 16, words: 2 }],
    ['The 21st Annual Meeting', { han: 0, nonSpace: 20, words: 4 }],
    ['a 21st-century, well-known — “Harbin”  ', { han: 0, nonSpace: 33, words: 5 }],
    ['U.S. and 6,000 stakeholders', { han: 0, nonSpace: 24, words: 4 }],
    ['  ', { han: 0, nonSpace: 0, words: 0 }],
    ['𠀀𠀁 ok', { han: 2, nonSpace: 4, words: 2 }],
    ['全角\u3000空格', { han: 4, nonSpace: 4, words: 2 }],
  ])('%s', (text, counts) => {
    expect(countText(text)).toEqual(counts);
  });
});

describe('rich text slicing', () => {
  const runs = [
    { text: 'The 21' },
    { text: 'st', marks: ['superscript' as const] },
    { text: ' Meeting' },
  ];
  it('slices and splits across runs, keeping marks', () => {
    expect(sliceRichText(runs, 4, 8)).toEqual([
      { text: '21' },
      { text: 'st', marks: ['superscript'] },
    ]);
    expect(splitRichText(runs, 7)).toEqual([
      [{ text: 'The 21' }, { text: 's', marks: ['superscript'] }],
      [{ text: 't', marks: ['superscript'] }, { text: ' Meeting' }],
    ]);
  });
  it('joins English with one space and Chinese with none', () => {
    expect(joinRichText([{ text: 'Opening' }], [{ text: 'Ceremony' }], 'en')).toEqual([
      { text: 'Opening Ceremony' },
    ]);
    expect(joinRichText([{ text: 'Opening ' }], [{ text: 'Ceremony' }], 'en')).toEqual([
      { text: 'Opening Ceremony' },
    ]);
    expect(joinRichText([{ text: '开幕' }], [{ text: '式' }], 'zh')).toEqual([{ text: '开幕式' }]);
    expect(joinRichText([], [{ text: 'x' }], 'en')).toEqual([{ text: 'x' }]);
  });
});

describe('search and replace', () => {
  it('finds literally, ignoring case unless asked, or by regular expression', () => {
    const literal = compileQuery({ text: 'a.b', caseSensitive: false, regex: false });
    expect(literal.ok && findRanges('A.B aXb', literal.pattern)).toEqual([{ start: 0, end: 3 }]);
    const cased = compileQuery({ text: 'cast', caseSensitive: true, regex: false });
    expect(cased.ok && findRanges('CAST cast', cased.pattern)).toEqual([{ start: 5, end: 9 }]);
    const regex = compileQuery({ text: '\\d+年', caseSensitive: false, regex: true });
    expect(regex.ok && findRanges('2019年6月', regex.pattern)).toEqual([{ start: 0, end: 5 }]);
    expect(compileQuery({ text: '(', caseSensitive: false, regex: true }).ok).toBe(false);
    const empty = compileQuery({ text: 'x*', caseSensitive: false, regex: true });
    expect(empty.ok && findRanges('ab', empty.pattern)).toEqual([]);
  });

  it('replaces in rich text, keeping marks around and on the replaced text, with groups', () => {
    const runs = [{ text: 'Harbin', marks: ['bold' as const] }, { text: ', June 29, 2019' }];
    const literal = compileQuery({ text: 'harbin', caseSensitive: false, regex: false });
    if (!literal.ok) throw new Error();
    expect(replaceInRichText(runs, literal.pattern, 'Beijing', false)).toEqual({
      text: [{ text: 'Beijing', marks: ['bold'] }, { text: ', June 29, 2019' }],
      count: 1,
    });
    const dates = compileQuery({
      text: '(\\w+) (\\d+), (\\d{4})',
      caseSensitive: true,
      regex: true,
    });
    if (!dates.ok) throw new Error();
    expect(plainText(replaceInRichText(runs, dates.pattern, '$2 $1 $3 ($$)', true).text)).toBe(
      'Harbin, 29 June 2019 ($)',
    );
    expect(replaceInRichText(runs, dates.pattern, '$2', false).text.at(-1)?.text).toBe(', $2');
  });
});

const document = (): DuizhaoDocument => ({
  schemaVersion: 3,
  id: 'doc',
  kind: 'text',
  title: { zh: '测试', en: '' },
  sourceLanguage: 'zh',
  createdAt: AT,
  updatedAt: AT,
  revision: 0,
  units: [
    {
      id: 'a',
      zh: [{ text: '中国科学技术协会' }],
      en: [{ text: 'CAST' }],
      status: 'approved',
      confirmedSource: '中国科学技术协会',
    },
    { id: 'b', zh: [{ text: '黑龙江省人民政府' }], en: [], status: 'draft' },
    {
      id: 'c',
      zh: [{ text: '中国·哈尔滨' }],
      en: [{ text: 'Harbin, China' }],
      status: 'translated',
      confirmedSource: '哈尔滨',
      comments: [{ id: 't', comments: [{ id: 'c1', author: 'x', at: AT, text: '?' }] }],
    },
  ],
});

describe('filters and statistics', () => {
  it('filters by status, stale, open comments and empty target', () => {
    const ids = (filter: Partial<typeof NO_FILTER>) =>
      document()
        .units.filter((unit) => matchesFilter(unit, { ...NO_FILTER, ...filter }, 'zh'))
        .map((unit) => unit.id);
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ statuses: ['approved', 'draft'] })).toEqual(['a', 'b']);
    expect(ids({ stale: true })).toEqual(['c']);
    expect(ids({ openComments: true })).toEqual(['c']);
    expect(ids({ emptyTarget: true })).toEqual(['b']);
    expect(ids({ emptyTarget: true, statuses: ['approved'] })).toEqual([]);
  });

  it('counts units by status and the text of both sides', () => {
    expect(documentStats(document())).toEqual({
      units: 3,
      byStatus: { draft: 1, translated: 1, reviewed: 0, approved: 1, rejected: 0 },
      stale: 1,
      openComments: 1,
      zh: { han: 21, nonSpace: 22, words: 3 },
      en: { han: 0, nonSpace: 16, words: 3 },
    });
  });
});

describe('split, merge and undo', () => {
  const apply = (doc: DuizhaoDocument, edits: Edit[]) => {
    const outcome = applyEdits(doc, edits);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
    return outcome.document;
  };

  it('splits a unit on both sides and merges it back', () => {
    const split = apply(document(), [
      { op: 'split', unitId: 'a', newUnitId: 'a2', at: { zh: 4, en: 2 } },
    ]);
    expect(
      split.units
        .slice(0, 2)
        .map((u) => [u.id, plainText(u.zh), plainText(u.en), u.status, u.confirmedSource]),
    ).toEqual([
      ['a', '中国科学', 'CA', 'approved', '中国科学'],
      ['a2', '技术协会', 'ST', 'approved', '技术协会'],
    ]);
    const merged = apply(split, [{ op: 'merge', unitId: 'a' }]);
    expect(merged.units[0]).toMatchObject({
      id: 'a',
      zh: [{ text: '中国科学技术协会' }],
      en: [{ text: 'CA ST' }],
      status: 'approved',
    });
    expect(applyEdits(merged, [{ op: 'merge', unitId: 'c' }])).toMatchObject({
      ok: false,
      failure: { reason: 'nothingToMerge' },
    });
  });

  it('turns both halves of a stale unit into drafts when splitting it', () => {
    const split = apply(document(), [
      { op: 'split', unitId: 'c', newUnitId: 'c2', at: { zh: 3, en: 7 } },
    ]);
    expect(split.units.slice(2).map((u) => u.status)).toEqual(['draft', 'draft']);
  });

  it.each<[string, Edit[]]>([
    [
      'a text edit that lowers a status',
      [{ op: 'setText', unitId: 'a', side: 'en', text: [{ text: 'CAST!' }], ...BY_TRANSLATOR }],
    ],
    ['a confirmation', [{ op: 'confirm', unitId: 'c', ...BY_REVIEWER }]],
    ['a rejection', [{ op: 'reject', unitId: 'a', reason: 'no', ...BY_REVIEWER }]],
    [
      'a comment',
      [
        {
          op: 'addComment',
          unitId: 'b',
          threadId: 't9',
          commentId: 'c9',
          text: 'hi',
          ...BY_REVIEWER,
        },
      ],
    ],
    ['a split', [{ op: 'split', unitId: 'a', newUnitId: 'a2', at: { zh: 2, en: 1 } }]],
    ['a merge', [{ op: 'merge', unitId: 'a' }]],
    [
      'an insert, move and delete',
      [
        { op: 'insertUnit', index: 0, unit: { id: 'n', zh: [], en: [], status: 'draft' } },
        { op: 'moveUnit', unitId: 'n', toIndex: 3 },
        { op: 'deleteUnit', unitId: 'b' },
      ],
    ],
    [
      'replace-all across units',
      [
        { op: 'setText', unitId: 'a', side: 'zh', text: [{ text: '中国科协' }], ...BY_TRANSLATOR },
        { op: 'setText', unitId: 'c', side: 'en', text: [{ text: 'Harbin' }], ...BY_TRANSLATOR },
      ],
    ],
  ])('undoes %s exactly, text and statuses', (_, edits) => {
    const before = document();
    const undo = inverseEdits(before, edits);
    expect(undo).not.toBeNull();
    const after = apply(before, edits);
    expect(after.units).not.toEqual(before.units);
    expect(apply(after, undo ?? []).units).toEqual(before.units);
  });
});

describe('splitting the other side', () => {
  it('splits at the sentence end nearest the same proportion, or keeps the side whole', async () => {
    const { proposeSplit } = await import('../../../shared/text/splitPoint');
    const en = 'The meeting opened. Experts spoke! Then a dinner.';
    expect(en.slice(0, proposeSplit(en, 0.4))).toBe('The meeting opened. ');
    expect(en.slice(0, proposeSplit(en, 0.7))).toBe('The meeting opened. Experts spoke! ');
    const zh = '会议开幕。专家发言！随后晚宴。';
    expect(zh.slice(0, proposeSplit(zh, 0.5))).toBe('会议开幕。专家发言！');
    expect(proposeSplit('No sentence end here', 0.5)).toBe(20);
    expect(proposeSplit('', 0.5)).toBe(0);
    expect(proposeSplit('他说：“好。”然后走了。', 0.5)).toBe(7);
  });
});
