import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../shared/edits/applyEdits';
import type { Edit } from '../../../shared/edits/edit';
import type { DuizhaoDocument, Unit, UnitStatus } from '../../../shared/model/document';
import { newDocument } from '../../../shared/model/newDocument';
import { plainText } from '../../../shared/model/richText';
import {
  isStale,
  needsAttention,
  nextMatching,
  statusAfterEdit,
} from '../../../shared/review/workflow';
import { textDiff } from '../../../shared/text/diff';
import { AT, BY_REVIEWER, BY_TRANSLATOR, REVIEWER, TRANSLATOR } from '../../support/actors';

/** A Chinese-first document with one unit whose Chinese (the source) is written. */
function doc(): DuizhaoDocument {
  const base = newDocument(
    { kind: 'programme', title: { zh: '日程', en: '' }, sourceLanguage: 'zh' },
    { document: 'doc', firstUnit: 'u1' },
    new Date(AT),
  );
  return { ...base, units: [{ ...base.units[0]!, zh: [{ text: '开幕式' }] }] };
}

function apply(document: DuizhaoDocument, ...edits: Edit[]): DuizhaoDocument {
  const outcome = applyEdits(document, edits);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  return outcome.document;
}

const unit = (document: DuizhaoDocument): Unit => document.units[0]!;
const translate = (text: string, by = BY_TRANSLATOR): Edit => ({
  op: 'setText',
  unitId: 'u1',
  side: 'en',
  text: [{ text }],
  ...by,
});
const editSource = (text: string): Edit => ({
  op: 'setText',
  unitId: 'u1',
  side: 'zh',
  text: [{ text }],
  ...BY_TRANSLATOR,
});
const confirm = (by = BY_TRANSLATOR): Edit => ({ op: 'confirm', unitId: 'u1', ...by });
const approve = (by = BY_REVIEWER): Edit => ({ op: 'approve', unitId: 'u1', ...by });

describe('the status machine', () => {
  it('walks draft → translated → reviewed → approved, each step by the right role', () => {
    let document = apply(doc(), translate('Opening Ceremony'));
    expect(unit(document).status).toBe('draft');
    document = apply(document, confirm());
    expect(unit(document)).toMatchObject({ status: 'translated', confirmedSource: '开幕式' });
    document = apply(document, confirm(BY_REVIEWER));
    expect(unit(document).status).toBe('reviewed');
    document = apply(document, approve());
    expect(unit(document).status).toBe('approved');
  });

  it('lets a reviewer approve straight from translated, but never a translator', () => {
    const translated = apply(doc(), translate('Opening'), confirm());
    expect(unit(apply(translated, approve())).status).toBe('approved');
    expect(applyEdits(translated, [approve(BY_TRANSLATOR)])).toMatchObject({
      ok: false,
      failure: { reason: 'notAllowed', role: 'translator' },
    });
  });

  it('refuses to confirm an empty translation', () => {
    expect(applyEdits(doc(), [confirm()])).toMatchObject({
      ok: false,
      failure: { reason: 'emptyTarget' },
    });
  });

  it('sends a unit back with a reason; the translator fixes and confirms, which clears it', () => {
    let document = apply(doc(), translate('Opening'), confirm());
    document = apply(document, {
      op: 'reject',
      unitId: 'u1',
      reason: '用 Opening Ceremony',
      ...BY_REVIEWER,
    });
    expect(unit(document)).toMatchObject({
      status: 'rejected',
      rejection: { reason: '用 Opening Ceremony', by: REVIEWER.name, role: 'reviewer', at: AT },
    });
    expect(
      applyEdits(document, [{ op: 'reject', unitId: 'u1', reason: 'x', ...BY_TRANSLATOR }]),
    ).toMatchObject({
      ok: false,
      failure: { reason: 'notAllowed' },
    });
    document = apply(document, translate('Opening Ceremony'));
    expect(unit(document).status).toBe('rejected');
    document = apply(document, confirm());
    expect(unit(document).status).toBe('translated');
    expect(unit(document).rejection).toBeUndefined();
  });

  it.each<[UnitStatus, 'translator' | 'reviewer', UnitStatus]>([
    ['approved', 'translator', 'translated'],
    ['approved', 'reviewer', 'reviewed'],
    ['reviewed', 'translator', 'translated'],
    ['reviewed', 'reviewer', 'reviewed'],
    ['translated', 'translator', 'translated'],
    ['translated', 'reviewer', 'translated'],
    ['draft', 'reviewer', 'draft'],
    ['rejected', 'translator', 'rejected'],
  ])(
    'editing a %s target as a %s leaves it %s — never higher, never silently approved',
    (from, role, to) => {
      expect(statusAfterEdit(from, role)).toBe(to);
    },
  );

  it('records who edited the target and when; editing the source or retyping the same text changes no status', () => {
    const approvedDocument = apply(doc(), translate('Opening'), confirm(), approve());
    const edited = apply(
      approvedDocument,
      translate('Opening Ceremony', { actor: TRANSLATOR, at: '2026-11-22T10:00:00.000Z' }),
    );
    expect(unit(edited)).toMatchObject({
      status: 'translated',
      edited: { by: TRANSLATOR.name, role: 'translator', at: '2026-11-22T10:00:00.000Z' },
    });
    expect(unit(apply(approvedDocument, translate('Opening')))).toBe(unit(approvedDocument));
    expect(unit(apply(approvedDocument, editSource('开幕典礼'))).status).toBe('approved');
  });
});

describe('stale translations', () => {
  it('flags a confirmed unit whose source changed, shows what changed, and clears on reconfirmation', () => {
    let document = apply(doc(), translate('Opening Ceremony'), confirm(), approve());
    expect(isStale(unit(document), 'zh')).toBe(false);
    document = apply(document, editSource('隆重开幕式'));
    expect(isStale(unit(document), 'zh')).toBe(true);
    expect(unit(document).status).toBe('approved'); // the status stays, the stale flag says it may not hold
    expect(
      textDiff(unit(document).confirmedSource ?? '', plainText(unit(document).zh), 'zh'),
    ).toEqual([
      { kind: 'added', text: '隆重' },
      { kind: 'same', text: '开幕式' },
    ]);
    document = apply(document, confirm(BY_REVIEWER));
    expect(isStale(unit(document), 'zh')).toBe(false);
    expect(unit(document).status).toBe('reviewed');
  });

  it('never flags drafts, and follows the document’s source language (English-first)', () => {
    expect(
      isStale(
        { id: 'x', zh: [], en: [{ text: 'a' }], status: 'draft', confirmedSource: 'b' },
        'en',
      ),
    ).toBe(false);
    const englishFirst: Unit = {
      id: 'x',
      zh: [{ text: '开幕' }],
      en: [{ text: 'Opening' }],
      status: 'translated',
      confirmedSource: 'Opening',
    };
    expect(isStale(englishFirst, 'en')).toBe(false);
    expect(isStale({ ...englishFirst, en: [{ text: 'Opening ceremony' }] }, 'en')).toBe(true);
    expect(isStale({ ...englishFirst, zh: [{ text: '开幕式' }] }, 'en')).toBe(false);
  });

  it('diffs English by words', () => {
    expect(textDiff('The opening ceremony', 'The grand opening ceremony', 'en')).toEqual([
      { kind: 'same', text: 'The ' },
      { kind: 'added', text: 'grand ' },
      { kind: 'same', text: 'opening ceremony' },
    ]);
  });
});

describe('history', () => {
  it('keeps each confirmed version of each side with who, when and status', () => {
    let document = apply(doc(), translate('Opening'), confirm());
    document = apply(document, translate('Opening Ceremony', BY_REVIEWER), confirm(BY_REVIEWER));
    document = apply(document, approve());
    expect(
      unit(document).history?.map((entry) => [
        entry.side,
        plainText(entry.text),
        entry.status,
        entry.by,
        entry.role,
      ]),
    ).toEqual([
      ['zh', '开幕式', 'translated', TRANSLATOR.name, 'translator'],
      ['en', 'Opening', 'translated', TRANSLATOR.name, 'translator'],
      ['en', 'Opening Ceremony', 'reviewed', REVIEWER.name, 'reviewer'],
      ['en', 'Opening Ceremony', 'approved', REVIEWER.name, 'reviewer'],
    ]);
  });
});

describe('comments', () => {
  it('threads comments, resolves and reopens them', () => {
    let document = apply(doc(), {
      op: 'addComment',
      unitId: 'u1',
      threadId: 't1',
      commentId: 'c1',
      text: ' 人名是否统一？ ',
      ...BY_REVIEWER,
    });
    document = apply(document, {
      op: 'addComment',
      unitId: 'u1',
      threadId: 't1',
      commentId: 'c2',
      text: '已统一',
      ...BY_TRANSLATOR,
    });
    expect(unit(document).comments).toEqual([
      {
        id: 't1',
        comments: [
          { id: 'c1', author: REVIEWER.name, at: AT, text: '人名是否统一？' },
          { id: 'c2', author: TRANSLATOR.name, at: AT, text: '已统一' },
        ],
      },
    ]);
    document = apply(document, {
      op: 'resolveThread',
      unitId: 'u1',
      threadId: 't1',
      resolved: true,
      ...BY_REVIEWER,
    });
    expect(unit(document).comments?.[0]?.resolved).toEqual({
      by: REVIEWER.name,
      role: 'reviewer',
      at: AT,
    });
    document = apply(document, {
      op: 'resolveThread',
      unitId: 'u1',
      threadId: 't1',
      resolved: false,
      ...BY_REVIEWER,
    });
    expect(unit(document).comments?.[0]?.resolved).toBeUndefined();
    expect(
      applyEdits(document, [
        { op: 'resolveThread', unitId: 'u1', threadId: 'nope', resolved: true, ...BY_REVIEWER },
      ]),
    ).toMatchObject({
      ok: false,
      failure: { reason: 'threadNotFound' },
    });
  });
});

describe('moving through the document', () => {
  const units: Unit[] = (
    ['translated', 'draft', 'reviewed', 'translated', 'rejected'] as const
  ).map((status, i) => ({
    id: `u${i}`,
    zh: [{ text: '源' }],
    en: [{ text: 'target' }],
    status,
    confirmedSource: '源',
  }));

  it('finds the next unit needing the translator: drafts, rejections, stale', () => {
    const translatorNeeds = (u: Unit) => needsAttention(u, 'zh', 'translator');
    expect(nextMatching(units, 0, translatorNeeds)).toBe(1);
    expect(nextMatching(units, 1, translatorNeeds)).toBe(4);
    expect(nextMatching(units, 4, translatorNeeds)).toBe(1); // wraps around
  });

  it('finds the next unit needing the reviewer: translated, or stale', () => {
    const reviewerNeeds = (u: Unit) => needsAttention(u, 'zh', 'reviewer');
    expect(nextMatching(units, 0, reviewerNeeds)).toBe(3);
    expect(nextMatching(units, 3, reviewerNeeds)).toBe(0);
    const stale = units.map((u, i) => (i === 2 ? { ...u, zh: [{ text: '新源' }] } : u));
    expect(nextMatching(stale, 0, reviewerNeeds)).toBe(2);
    expect(nextMatching([], 0, reviewerNeeds)).toBe(-1);
  });
});

describe('review changes (track changes against the translator’s version)', () => {
  it('shows the reviewer’s edits as a diff against what the translator confirmed', async () => {
    const { reviewChanges } = await import('../../../shared/review/reviewChanges');
    let document = apply(doc(), translate('The opening ceremony'), confirm());
    expect(reviewChanges(unit(document), 'en')).toBeNull();
    document = apply(
      document,
      translate('The grand opening ceremony', BY_REVIEWER),
      confirm(BY_REVIEWER),
    );
    expect(reviewChanges(unit(document), 'en')).toEqual([
      { kind: 'same', text: 'The ' },
      { kind: 'added', text: 'grand ' },
      { kind: 'same', text: 'opening ceremony' },
    ]);
    expect(reviewChanges({ ...unit(doc()), history: [] }, 'en')).toBeNull();
  });
});
