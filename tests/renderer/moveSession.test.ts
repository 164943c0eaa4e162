import { describe, expect, it } from 'vitest';
import { emptyProgramme, type Programme } from '../../shared/model/programme';
import { moveSession } from '../../renderer/src/programme/ProgrammeOutline';

function programme(): Programme {
  const session = (id: string) => ({
    id,
    kind: 'forum' as const,
    chairs: [],
    moderators: [],
    items: [],
  });
  return {
    ...emptyProgramme(),
    days: [
      { id: 'd1', sessions: [session('A'), session('B'), session('C')] },
      { id: 'd2', sessions: [session('D')] },
      { id: 'd3', sessions: [] },
    ],
  };
}
const order = (p: Programme) => p.days.map((day) => day.sessions.map((s) => s.id).join(''));

describe('moving sessions in the outline', () => {
  it('a drop goes before the item it lands on, also further down the same day', () => {
    const p = programme();
    moveSession(p, 'A', { dayId: 'd1', index: 2 }); // dropped on C
    expect(order(p)).toEqual(['BAC', 'D', '']);
    moveSession(p, 'C', { dayId: 'd1', index: 0 });
    expect(order(p)).toEqual(['CBA', 'D', '']);
    moveSession(p, 'B', { dayId: 'd1', index: 3 }); // dropped after the last
    expect(order(p)).toEqual(['CAB', 'D', '']);
  });

  it('Alt+arrows move one place, and across into the next or previous day', () => {
    const p = programme();
    moveSession(p, 'A', 1);
    expect(order(p)).toEqual(['BAC', 'D', '']);
    moveSession(p, 'C', 1);
    expect(order(p)).toEqual(['BA', 'CD', '']);
    moveSession(p, 'D', 1);
    expect(order(p)).toEqual(['BA', 'C', 'D']);
    moveSession(p, 'B', -1); // already first of the first day: stays
    expect(order(p)).toEqual(['BA', 'C', 'D']);
  });

  it('a drop on a day that is gone leaves the session where it was', () => {
    const p = programme();
    moveSession(p, 'A', { dayId: 'nowhere', index: 0 });
    expect(order(p)).toEqual(['ABC', 'D', '']);
  });
});
