import { applyEdits } from '../shared/edits/applyEdits';
import type { DuizhaoDocument } from '../shared/model/document';
import type { Session } from '../shared/model/programme';
import { renderProgramme } from '../shared/print/programmePages';
import type { ProgrammeBuilder } from '../shared/programme/builder';
import { checkProgramme } from '../shared/programme/checks';
import { programmeDocument } from '../tests/support/programmes';

/**
 * A large meeting: 3 days, 40 sessions a day in 8 rooms, 5 talks each, 400 people — about the
 * size of a national annual meeting's full programme (the sample's had 35 sessions).
 */
export function largeProgramme(): DuizhaoDocument {
  return programmeDocument(buildLargeProgramme, { id: 'large-programme' });
}

function buildLargeProgramme(b: ProgrammeBuilder): void {
  const p = b.programme;
  p.title = b.text({ zh: '第二十一届中国科协年会', en: 'Annual Meeting of CAST' });
  p.startDate = '2019-06-29';
  p.endDate = '2019-07-01';
  const people = Array.from({ length: 400 }, (_, i) =>
    b.person(
      { zh: `人员${i}`, en: `Person ${i}` },
      { affiliation: { zh: '中国科协', en: 'CAST' } },
    ),
  );
  const at = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;
  const rooms = Array.from({ length: 8 }, (_, i) =>
    b.room({ zh: `${i + 1}号厅`, en: `Hall ${i + 1}` }),
  );
  for (let day = 0; day < 3; day += 1) {
    const sessions: Session[] = [];
    for (let s = 0; s < 40; s += 1) {
      const hour = 8 + Math.floor(s / 8);
      const time = (h: number) => `${String(h).padStart(2, '0')}:00`;
      sessions.push({
        id: `s${day}-${s}`,
        kind: 'forum',
        title: b.text({ zh: `分论坛 ${day}-${s}`, en: `Sub-forum ${day}-${s}` }),
        start: time(hour),
        end: time(hour + 1),
        roomId: at(rooms, s).id,
        chairs: [at(people, day * 40 + s).id],
        moderators: [],
        items: Array.from({ length: 5 }, (_, t) => ({
          id: `t${day}-${s}-${t}`,
          title: b.text({ zh: `报告 ${t}`, en: `Talk ${t}` }),
          speakers: [at(people, day * 200 + s * 5 + t + 7).id],
        })),
      });
    }
    p.days.push({ id: `d${day}`, date: `2019-0${day === 0 ? '6-29' : `7-0${day}`}`, sessions });
  }
}

/** Median milliseconds of `run` over `times` runs (after one warm-up). */
function timed(times: number, run: () => unknown): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

/** What every change to a programme costs: the checks, the preview's HTML, a structure edit. */
export function programmeFigures() {
  const document = largeProgramme();
  const moved = structuredClone(document.programme);
  if (!moved) throw new Error('the large programme has no structure');
  moved.days[0]?.sessions.reverse();
  return {
    units: document.units.length,
    checksMs: timed(20, () => checkProgramme(document)),
    previewHtmlMs: timed(20, () => renderProgramme(document, { layout: 'sideBySide' })),
    structureEditMs: timed(20, () =>
      applyEdits(document, [{ op: 'setProgramme', programme: moved }]),
    ),
  };
}
