import {
  documentSchema,
  type BilingualTitle,
  type DuizhaoDocument,
} from '../../shared/model/document';
import { ProgrammeBuilder } from '../../shared/programme/builder';
import { unitsInReadingOrder } from '../../shared/programme/structure';

/** A programme document built with the builder, units in reading order, checked by the schema. */
export function programmeDocument(
  build: (b: ProgrammeBuilder) => void,
  fields: { id?: string; title?: BilingualTitle } = {},
): DuizhaoDocument {
  let next = 0;
  const builder = new ProgrammeBuilder(() => `id${(next += 1)}`);
  build(builder);
  return documentSchema.parse({
    schemaVersion: 3,
    id: fields.id ?? 'doc',
    kind: 'programme',
    title: fields.title ?? { zh: '年会', en: 'Annual Meeting' },
    sourceLanguage: 'zh',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 0,
    units: unitsInReadingOrder(builder.units, builder.programme),
    programme: builder.programme,
  });
}

/** Two sessions on one day, both chaired by Wang Fang, in the same room. */
export function twoSessions(
  times: [string, string, string, string] = ['09:00', '10:00', '10:30', '12:00'],
) {
  return programmeDocument((b) => {
    const p = b.programme;
    p.title = b.text({ zh: '年会', en: 'Annual Meeting' });
    p.startDate = '2019-06-29';
    p.endDate = '2019-06-30';
    const wang = b.person({ zh: '王芳', en: 'Wang Fang' });
    const hall = b.room({ zh: '一号厅', en: 'Hall 1' });
    p.days.push({
      id: 'day1',
      date: '2019-06-29',
      sessions: [
        {
          id: 's1',
          kind: 'opening',
          title: b.text({ zh: '开幕式', en: 'Opening ceremony' }),
          start: times[0],
          end: times[1],
          roomId: hall.id,
          chairs: [wang.id],
          moderators: [],
          items: [],
        },
        {
          id: 's2',
          kind: 'forum',
          title: b.text({ zh: '科技论坛', en: 'Science Forum' }),
          start: times[2],
          end: times[3],
          roomId: hall.id,
          chairs: [wang.id],
          moderators: [],
          items: [],
        },
      ],
    });
  });
}
