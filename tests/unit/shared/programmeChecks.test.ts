import { describe, expect, it } from 'vitest';
import type { DuizhaoDocument } from '../../../shared/model/document';
import { checkProgramme, describeIssue } from '../../../shared/programme/checks';
import { createI18n } from '../../../shared/i18n/i18n';
import { programmeDocument, twoSessions } from '../../support/programmes';

const codes = (document: DuizhaoDocument) => checkProgramme(document).map((issue) => issue.code);

describe('timetable checks', () => {
  it('finds nothing in a sound programme (sessions back to back are fine)', () => {
    expect(checkProgramme(twoSessions(['09:00', '10:00', '10:00', '11:00']))).toEqual([]);
  });

  it('reports overlapping sessions in one room, and the chair due in both', () => {
    const document = twoSessions(['09:00', '10:00', '09:30', '10:30']);
    const issues = checkProgramme(document);
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['roomClash', 'error'],
      ['personClash', 'error'],
    ]);
    expect(issues[0]).toMatchObject({ target: { sessionId: 's2' }, otherSessionId: 's1' });
  });

  it('a person in two rooms at once is a clash even when the rooms differ', () => {
    const document = programmeDocument((b) => {
      const li = b.person({ zh: '李明', en: 'Li Ming' });
      const a = b.room({ en: 'Hall A' });
      const c = b.room({ en: 'Hall C' });
      const talk = (id: string, start: string, end: string) => ({
        id,
        start,
        end,
        speakers: [li.id],
        title: b.text({ zh: '报告', en: 'Talk' }),
      });
      b.programme.days.push({
        id: 'd',
        date: '2019-06-29',
        sessions: [
          {
            id: 'x',
            kind: 'forum',
            start: '09:00',
            end: '12:00',
            roomId: a.id,
            chairs: [],
            moderators: [],
            items: [talk('t1', '09:00', '09:30')],
          },
          {
            id: 'y',
            kind: 'forum',
            start: '09:00',
            end: '12:00',
            roomId: c.id,
            chairs: [],
            moderators: [],
            items: [talk('t2', '09:15', '09:45')],
          },
        ],
      });
    });
    expect(codes(document)).toContain('personClash');
  });

  it('compares sessions by calendar date, even across two outline days with one date', () => {
    const document = twoSessions(['09:00', '10:00', '09:30', '10:30']);
    const programme = structuredClone(document.programme!);
    const [first, second] = programme.days[0]!.sessions;
    programme.days = [
      { id: 'a', date: '2019-06-29', sessions: [first!] },
      { id: 'b', date: '2019-06-29', sessions: [second!] },
    ];
    expect(codes({ ...document, programme })).toEqual(['roomClash', 'personClash']);
    programme.days[1]!.date = '2019-06-30';
    expect(codes({ ...document, programme })).toEqual([]);
  });

  it('reports a session that ends before it starts', () => {
    expect(codes(twoSessions(['10:00', '09:00', '10:30', '11:00']))).toEqual(['endBeforeStart']);
  });

  it('reports a session on a day outside the event’s dates, and an event that ends before it starts', () => {
    const document = twoSessions();
    const programme = structuredClone(document.programme!);
    programme.days[0]!.date = '2019-07-02';
    expect(codes({ ...document, programme })).toEqual(['outsideEventDates', 'outsideEventDates']);
    programme.endDate = '2019-06-01';
    expect(codes({ ...document, programme })[0]).toBe('eventEndsBeforeStart');
  });

  it('reports texts missing a translation and people without an English name', () => {
    const document = programmeDocument((b) => {
      b.programme.title = b.text({ zh: '年会' });
      const person = b.person({ zh: '怀进鹏' });
      b.programme.days.push({
        id: 'd',
        sessions: [
          {
            id: 's',
            kind: 'other',
            chairs: [person.id],
            moderators: [],
            items: [],
            title: b.text({ en: 'Closing' }),
          },
        ],
      });
    });
    const issues = checkProgramme(document);
    expect(issues.map((issue) => [issue.code, issue.missing])).toEqual([
      ['missingTranslation', 'en'],
      ['missingTranslation', 'zh'],
      ['missingEnglishName', undefined],
    ]);
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
  });

  it('describes issues in the UI language with the names as shown', () => {
    const document = twoSessions(['09:00', '10:00', '09:30', '10:30']);
    const [room, person] = checkProgramme(document);
    const zh = createI18n('zh-CN').t;
    const en = createI18n('en').t;
    expect(describeIssue(zh, document, room!)).toBe(
      '09:30 科技论坛 与 09:00 开幕式 同时使用 一号厅',
    );
    expect(describeIssue(en, document, room!)).toBe(
      '09:30 Science Forum overlaps 09:00 Opening ceremony in Hall 1',
    );
    expect(describeIssue(en, document, person!)).toBe(
      'Wang Fang is due in 09:30 Science Forum and 09:00 Opening ceremony at once',
    );
  });
});
