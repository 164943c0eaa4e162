import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../shared/edits/applyEdits';
import type { Edit } from '../../../shared/edits/edit';
import { inverseEdits } from '../../../shared/edits/inverse';
import { documentSchema, type DuizhaoDocument } from '../../../shared/model/document';
import { twoSessions } from '../../support/programmes';
import type { Programme } from '../../../shared/model/programme';
import { plainText } from '../../../shared/model/richText';
import { programmeOf, textsInReadingOrder } from '../../../shared/programme/structure';
import { renderProgramme } from '../../../shared/print/programmePages';

const name = (document: DuizhaoDocument, unitId: string, side: 'zh' | 'en') =>
  plainText(document.units.find((unit) => unit.id === unitId)![side]);

describe('programme structure', () => {
  it('lists every text once, in reading order, with a person where first named', () => {
    const document = twoSessions();
    const placed = textsInReadingOrder(document.programme!);
    expect(placed.map((text) => text.place.in)).toEqual([
      'programme',
      'session',
      'room',
      'person',
      'session',
    ]);
    expect(document.units.map((unit) => unit.id)).toEqual(placed.map((text) => text.unitId));
  });

  it('a person is one unit wherever named: an English name changed once shows in both sessions', () => {
    const document = twoSessions();
    const programme = document.programme!;
    const [first, second] = programme.days[0]!.sessions;
    expect(first!.chairs).toEqual(second!.chairs);
    const person = programme.people.find((p) => p.id === first!.chairs[0])!;
    const outcome = applyEdits(document, [
      {
        op: 'setText',
        unitId: person.name,
        side: 'en',
        text: [{ text: 'WANG Fang' }],
        actor: { name: 'T', role: 'translator' },
        at: '2026-01-01T00:00:00.000Z',
      },
    ]);
    if (!outcome.ok) throw new Error('edit failed');
    const renamed = programmeOf(outcome.document);
    for (const session of renamed.days[0]!.sessions) {
      const chair = renamed.people.find((p) => p.id === session.chairs[0])!;
      expect(name(outcome.document, chair.name, 'en')).toBe('WANG Fang');
    }
  });

  it('refuses a programme that names a unit that does not exist, and a dropped unit still named', () => {
    const document = twoSessions();
    const broken: Programme = { ...document.programme!, theme: 'missing' };
    const outcome = applyEdits(document, [{ op: 'setProgramme', programme: broken }]);
    expect(outcome).toMatchObject({ ok: false, failure: { reason: 'programmeReferences' } });
    const titled = document.programme!.title!;
    expect(applyEdits(document, [{ op: 'deleteUnit', unitId: titled }])).toMatchObject({
      ok: false,
    });
    expect(documentSchema.safeParse({ ...document, programme: broken }).success).toBe(false);
  });

  it('adds a session with its new text in one batch, keeps reading order, and undoes exactly', () => {
    const document = twoSessions();
    const programme = structuredClone(document.programme!);
    programme.days[0]!.sessions.splice(1, 0, {
      id: 's3',
      kind: 'break',
      title: 'new-title',
      chairs: [],
      moderators: [],
      items: [],
    });
    const edits: Edit[] = [
      {
        op: 'insertUnit',
        index: 0,
        unit: { id: 'new-title', zh: [{ text: '茶歇' }], en: [], status: 'draft' },
      },
      { op: 'setProgramme', programme },
    ];
    const outcome = applyEdits(document, edits);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
    const ids = outcome.document.units.map((unit) => unit.id);
    // The break sits between the two sessions' texts, however the insert was placed.
    const secondTitle = document.programme!.days[0]!.sessions[1]!.title!;
    expect(ids.indexOf('new-title') + 1).toBe(ids.indexOf(secondTitle));

    const undo = inverseEdits(document, edits)!;
    const undone = applyEdits(outcome.document, undo);
    if (!undone.ok) throw new Error(JSON.stringify(undone.failure));
    expect(undone.document.units).toEqual(document.units);
    expect(undone.document.programme).toEqual(document.programme);
  });

  it('a programme document without a structure reads as an introduction of all its units', () => {
    const { programme: _structure, ...plain } = twoSessions();
    const derived = programmeOf(plain);
    expect(derived.introduction).toEqual(plain.units.map((unit) => unit.id));
    expect(derived.days).toEqual([]);
  });
});

describe('entity propagation in the preview', () => {
  it('one English name changed once is printed in every session that names the person', () => {
    const document = twoSessions();
    const person = document.programme!.people[0]!;
    const outcome = applyEdits(document, [
      {
        op: 'setText',
        unitId: person.name,
        side: 'en',
        text: [{ text: 'Fang WANG' }],
        actor: { name: 'T', role: 'translator' },
        at: '2026-01-01T00:00:00.000Z',
      },
    ]);
    if (!outcome.ok) throw new Error('edit failed');
    const blocks = renderProgramme(outcome.document, { layout: 'sideBySide' }).blocks;
    const sessionBlocks = blocks.filter((block) => block.sessionId !== undefined);
    for (const sessionId of ['s1', 's2']) {
      const html = sessionBlocks
        .filter((block) => block.sessionId === sessionId)
        .map((block) => block.html)
        .join('');
      expect(html).toContain('Fang WANG');
      expect(html).not.toContain('Wang Fang');
    }
  });
});
