import { BY_TRANSLATOR } from '../../support/actors';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../shared/edits/applyEdits';
import { editBatchSchema, type Edit } from '../../../shared/edits/edit';
import { indexOfUnit } from '../../../shared/model/document';
import { newDocument, emptyUnit } from '../../../shared/model/newDocument';

const base = () =>
  newDocument(
    { kind: 'text', title: { zh: '标题', en: '' }, sourceLanguage: 'zh' },
    { document: 'doc', firstUnit: 'a' },
    new Date('2026-11-21T00:00:00Z'),
  );

function unitIds(outcome: ReturnType<typeof applyEdits>): string[] {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome.document.units.map((unit) => unit.id);
}

describe('applyEdits', () => {
  it('sets text on either side, normalised, leaving the input untouched', () => {
    const document = base();
    const outcome = applyEdits(document, [
      {
        op: 'setText',
        ...BY_TRANSLATOR,
        unitId: 'a',
        side: 'zh',
        text: [{ text: '中' }, { text: '文' }],
      },
      {
        op: 'setText',
        ...BY_TRANSLATOR,
        unitId: 'a',
        side: 'en',
        text: [{ text: 'x', marks: ['bold', 'bold'] }],
      },
    ]);
    expect(outcome.ok && outcome.document.units[0]).toMatchObject({
      zh: [{ text: '中文' }],
      en: [{ text: 'x', marks: ['bold'] }],
    });
    expect(document.units[0]?.zh).toEqual([]);
  });

  it('inserts, moves and deletes units by id', () => {
    const document = base();
    const inserted = applyEdits(document, [
      { op: 'insertUnit', index: 1, unit: emptyUnit('b') },
      { op: 'insertUnit', index: 0, unit: emptyUnit('c') },
    ]);
    expect(unitIds(inserted)).toEqual(['c', 'a', 'b']);
    if (!inserted.ok) return;
    expect(
      unitIds(applyEdits(inserted.document, [{ op: 'moveUnit', unitId: 'c', toIndex: 2 }])),
    ).toEqual(['a', 'b', 'c']);
    expect(
      unitIds(applyEdits(inserted.document, [{ op: 'moveUnit', unitId: 'b', toIndex: 0 }])),
    ).toEqual(['b', 'c', 'a']);
    expect(unitIds(applyEdits(inserted.document, [{ op: 'deleteUnit', unitId: 'a' }]))).toEqual([
      'c',
      'b',
    ]);
  });

  it('finds units by id after any mix of edits (the cached lookup never goes stale)', () => {
    const start = applyEdits(base(), [
      { op: 'insertUnit', index: 1, unit: emptyUnit('b') },
      { op: 'insertUnit', index: 2, unit: emptyUnit('c') },
    ]);
    if (!start.ok) throw new Error('inserts apply');
    let document = start.document;
    expect(indexOfUnit(document.units, 'c')).toBe(2); // builds the table for this list
    const steps: Edit[] = [
      { op: 'setText', ...BY_TRANSLATOR, unitId: 'b', side: 'zh', text: [{ text: '乙' }] },
      { op: 'moveUnit', unitId: 'c', toIndex: 0 },
      { op: 'setText', ...BY_TRANSLATOR, unitId: 'a', side: 'en', text: [{ text: 'A' }] },
      { op: 'deleteUnit', unitId: 'b' },
      { op: 'setNote', unitId: 'a', note: '备注' },
    ];
    for (const step of steps) {
      const next = applyEdits(document, [step]);
      if (!next.ok) throw new Error(JSON.stringify(next));
      document = next.document;
      for (const [index, unit] of document.units.entries()) {
        expect(indexOfUnit(document.units, unit.id)).toBe(index);
      }
    }
    expect(document.units.map((unit) => unit.id)).toEqual(['c', 'a']);
    expect(indexOfUnit(document.units, 'b')).toBe(-1);
  });

  it('sets and clears a note', () => {
    const noted = applyEdits(base(), [{ op: 'setNote', unitId: 'a', note: '核对人名' }]);
    expect(noted.ok && noted.document.units[0]?.note).toBe('核对人名');
    if (!noted.ok) return;
    const cleared = applyEdits(noted.document, [{ op: 'setNote', unitId: 'a', note: null }]);
    expect(cleared.ok && 'note' in (cleared.document.units[0] ?? {})).toBe(false);
  });

  it('applies a batch all or nothing and says which edit failed', () => {
    const document = base();
    const outcome = applyEdits(document, [
      { op: 'setText', ...BY_TRANSLATOR, unitId: 'a', side: 'zh', text: [{ text: '改' }] },
      { op: 'deleteUnit', unitId: 'missing' },
    ]);
    expect(outcome).toEqual({
      ok: false,
      editIndex: 1,
      failure: { reason: 'unitNotFound', unitId: 'missing' },
    });
    expect(
      applyEdits(document, [{ op: 'insertUnit', index: 0, unit: emptyUnit('a') }]),
    ).toMatchObject({
      ok: false,
      failure: { reason: 'duplicateUnitId' },
    });
    expect(
      applyEdits(document, [{ op: 'insertUnit', index: 5, unit: emptyUnit('z') }]),
    ).toMatchObject({
      ok: false,
      failure: { reason: 'indexOutOfRange' },
    });
    expect(applyEdits(document, [{ op: 'moveUnit', unitId: 'a', toIndex: 1 }])).toMatchObject({
      ok: false,
      failure: { reason: 'indexOutOfRange' },
    });
  });

  it('validates batches at the boundary', () => {
    expect(editBatchSchema.safeParse([]).success).toBe(false);
    expect(editBatchSchema.safeParse([{ op: 'explode' }]).success).toBe(false);
    expect(
      editBatchSchema.safeParse([
        { op: 'setText', ...BY_TRANSLATOR, unitId: '../x', side: 'zh', text: [] },
      ]).success,
    ).toBe(false);
    expect(
      editBatchSchema.safeParse([
        { op: 'setText', ...BY_TRANSLATOR, unitId: 'a', side: 'fr', text: [] },
      ]).success,
    ).toBe(false);
    expect(editBatchSchema.safeParse([{ op: 'moveUnit', unitId: 'a', toIndex: -1 }]).success).toBe(
      false,
    );
  });
});
