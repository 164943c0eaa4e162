import { describe, expect, it } from 'vitest';
import type { ErrorProblem } from '../../../shared/contract/errors';
import {
  DOCUMENT_SCHEMA_VERSION,
  type DuizhaoDocument,
  type Unit,
} from '../../../shared/model/document';
import type { Programme } from '../../../shared/model/programme';
import { plainText } from '../../../shared/model/richText';
import {
  AGENDA_COLUMNS,
  agendaTableOf,
  readAgendaTable,
  type AgendaFormat,
} from '../../../shared/programme/agendaTable';
import { registryOf } from '../../../shared/programme/structure';
import { decodeText } from '../../../shared/text/decodeText';

function counter(): () => string {
  let next = 0;
  return () => `id${(next += 1)}`;
}

function read(text: string, format: AgendaFormat = 'csv') {
  return readAgendaTable(text, format, counter());
}

function readOk(text: string, format: AgendaFormat = 'csv') {
  const outcome = read(text, format);
  if (!outcome.ok) throw new Error(`expected a programme: ${JSON.stringify(outcome.problems)}`);
  return outcome;
}

function problemsOf(text: string, format: AgendaFormat = 'csv'): ErrorProblem[] {
  const outcome = read(text, format);
  expect(outcome.ok).toBe(false);
  expect(outcome).not.toHaveProperty('programme');
  return outcome.ok ? [] : outcome.problems;
}

/** A programme as plain values: what a reader of the printed agenda would see. */
function plainProgramme(programme: Programme, units: readonly Unit[]) {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const text = (id: string | undefined) => {
    const unit = id === undefined ? undefined : byId.get(id);
    return unit ? [plainText(unit.zh), plainText(unit.en)] : null;
  };
  const registry = registryOf(programme);
  const people = (ids: readonly string[]) => ids.map((id) => text(registry.people.get(id)?.name));
  return {
    startDate: programme.startDate,
    endDate: programme.endDate,
    days: programme.days.map((day) => ({
      date: day.date,
      sessions: day.sessions.map((session) => ({
        kind: session.kind,
        start: session.start,
        end: session.end,
        title: text(session.title),
        room: text(
          session.roomId === undefined ? undefined : registry.rooms.get(session.roomId)?.name,
        ),
        chairs: people(session.chairs),
        moderators: people(session.moderators),
        note: text(session.note),
        talks: session.items.map((talk) => ({
          start: talk.start,
          end: talk.end,
          title: text(talk.title),
          speakers: people(talk.speakers),
        })),
      })),
    })),
  };
}

const GOOD_CSV = [
  'Type,Date,Start,End,Kind,Title_ZH,title_en,room_zh,room_en,chairs_zh,chairs_en,speakers_zh,speakers_en,note_zh,note_en',
  'session,2019-06-30,09:00,10:30,开幕式,开幕式,Opening Ceremony,主会场,Main Hall,张三；李四,Zhang San; Li Si,,,"同声传译：中文, 英文","Simultaneous interpretation:',
  'Chinese, English"',
  'talk,,09:10,09:30,,致辞,"Welcome, and address",,,,,王五,Wang Wu,,',
  'talk,2019-06-30,9:30,10:00,,"主旨报告：""科技与未来""",Keynote,,,,,张三、赵六,Zhang San; Zhao Liu,,',
  '',
  'session,2019/7/1,14:00,15:30,subForum,分论坛一,Sub-forum 1,Main Hall,,李四,,,,,',
].join('\r\n');

describe('reading an agenda table', () => {
  it('reads sessions, talks, people and rooms from CSV with quoted commas, quotes and line breaks', () => {
    const { programme, units } = readOk(GOOD_CSV);
    expect(plainProgramme(programme, units)).toEqual({
      startDate: '2019-06-30',
      endDate: '2019-07-01',
      days: [
        {
          date: '2019-06-30',
          sessions: [
            {
              kind: 'opening',
              start: '09:00',
              end: '10:30',
              title: ['开幕式', 'Opening Ceremony'],
              room: ['主会场', 'Main Hall'],
              chairs: [
                ['张三', 'Zhang San'],
                ['李四', 'Li Si'],
              ],
              moderators: [],
              note: ['同声传译：中文, 英文', 'Simultaneous interpretation:\nChinese, English'],
              talks: [
                {
                  start: '09:10',
                  end: '09:30',
                  title: ['致辞', 'Welcome, and address'],
                  speakers: [['王五', 'Wang Wu']],
                },
                {
                  start: '09:30',
                  end: '10:00',
                  title: ['主旨报告："科技与未来"', 'Keynote'],
                  speakers: [
                    ['张三', 'Zhang San'],
                    ['赵六', 'Zhao Liu'],
                  ],
                },
              ],
            },
          ],
        },
        {
          date: '2019-07-01',
          sessions: [
            {
              kind: 'subForum',
              start: '14:00',
              end: '15:30',
              title: ['分论坛一', 'Sub-forum 1'],
              // Found by its English name: one room, however it is written.
              room: ['主会场', 'Main Hall'],
              chairs: [['李四', 'Li Si']],
              moderators: [],
              note: null,
              talks: [],
            },
          ],
        },
      ],
    });
    // 张三 chairs one session and speaks in it: one person. 李四 likewise across days.
    expect(programme.people).toHaveLength(4);
    expect(programme.rooms).toHaveLength(1);
    expect(units.every((unit) => unit.status === 'draft')).toBe(true);
  });

  it('reads TSV, with quoted tabs and line breaks, and fills a name missing on one side', () => {
    const tsv = [
      'type\tdate\tkind\ttitle_zh\ttitle_en\tmoderators_zh\tmoderators_en',
      'session\t2019-06-30\tpanel\t"圆桌\t对话"\tPanel\t欧阳文\t',
      'session\t2019-06-30\tforum\t"第一行\n第二行"\t\t欧阳文\tOuyang Wen',
    ].join('\n');
    const { programme, units } = readOk(tsv, 'tsv');
    const plain = plainProgramme(programme, units);
    expect(plain.days[0]!.sessions.map((session) => session.title)).toEqual([
      ['圆桌\t对话', 'Panel'],
      ['第一行\n第二行', ''],
    ]);
    expect(plain.days[0]!.sessions.map((session) => session.moderators)).toEqual([
      [['欧阳文', 'Ouyang Wen']],
      [['欧阳文', 'Ouyang Wen']],
    ]);
    expect(programme.people).toHaveLength(1);
    expect(plain.days[0]!.sessions[1]!.kind).toBe('forum');
  });

  it('pairs names by position, keeping an empty slot for a name not yet translated', () => {
    const csv = [
      'type,date,chairs_zh,chairs_en',
      'session,2019-06-30,张三；；王五,Zhang San; John Smith; Wang Wu',
      'session,2019-06-30,李四；,Li Si',
      'session,2019-06-30,,Only English',
    ].join('\n');
    const { programme, units } = readOk(csv);
    expect(plainProgramme(programme, units).days[0]!.sessions.map((s) => s.chairs)).toEqual([
      [
        ['张三', 'Zhang San'],
        ['', 'John Smith'],
        ['王五', 'Wang Wu'],
      ],
      [['李四', 'Li Si']],
      [['', 'Only English']],
    ]);
  });

  it('reports every bad row with the physical line it starts on, and returns nothing', () => {
    const csv = [
      /* 1 */ 'type,date,start,end,kind,title_zh,title_en,room_zh,chairs_zh,chairs_en,speakers_zh,speakers_en',
      /* 2 */ 'talk,,09:00,,,早到的报告,,,,,,',
      /* 3 */ 'session,2019-06-30,09:00,10:00,forum,"两行',
      /* 4 */ '标题",,,,,,',
      /* 5 */ 'session,,9.00,25:00,banquet,,,,甲；乙,Jia,,',
      /* 6 */ 'meeting,2019-06-30,,,,,,,,,,',
      /* 7 */ 'session,2019-02-30,,,,,,,,,王五,Wang Wu',
      /* 8 */ 'session,2019-06-30,,,,,,,张三,Zhang San,,,extra',
      /* 9 */ 'talk,2019-07-01,,,plenary,,,会场,,,,',
    ].join('\r\n');
    const problems = problemsOf(csv);
    expect(problems).toEqual([
      { line: 2, key: 'importProgramme.talkBeforeSession' },
      { line: 5, key: 'importProgramme.missingDate' },
      { line: 5, key: 'importProgramme.badKind', params: { value: 'banquet' } },
      {
        line: 5,
        key: 'importProgramme.peopleMismatch',
        params: { column: 'chairs', zh: 2, en: 1 },
      },
      { line: 5, key: 'importProgramme.badTime', params: { column: 'start', value: '9.00' } },
      { line: 5, key: 'importProgramme.badTime', params: { column: 'end', value: '25:00' } },
      { line: 6, key: 'importProgramme.badType', params: { value: 'meeting' } },
      { line: 7, key: 'importProgramme.badDate', params: { value: '2019-02-30' } },
      { line: 7, key: 'importProgramme.speakersOnSession' },
      { line: 8, key: 'importProgramme.tooManyCells', params: { cells: 13, columns: 12 } },
      { line: 9, key: 'importProgramme.notForTalk', params: { column: 'kind' } },
      { line: 9, key: 'importProgramme.notForTalk', params: { column: 'room_zh' } },
      {
        line: 9,
        key: 'importProgramme.talkDateDiffers',
        params: { value: '2019-07-01', date: '2019-06-30' },
      },
    ]);
  });

  it('keeps people apart who share a pinyin name: 王芳 and 汪芳 are both Wang Fang', () => {
    const csv = [
      'type,date,title_en,chairs_zh,chairs_en',
      'session,2019-06-30,Opening,王芳,Wang Fang',
      'session,2019-06-30,Forum,汪芳,Wang Fang',
      'session,2019-06-30,Closing,王芳,',
    ].join('\r\n');
    const { programme } = readOk(csv);
    expect(programme.people).toHaveLength(2);
    const [opening, forum, closing] = programme.days[0]?.sessions ?? [];
    expect(opening?.chairs).toEqual(closing?.chairs);
    expect(opening?.chairs).not.toEqual(forum?.chairs);
  });

  it('reports header problems: unknown, repeated and missing columns', () => {
    expect(problemsOf('\r\n\r\ndate,Title_zh,speaker,TITLE_ZH\r\nsession,2019-06-30,a,,b')).toEqual(
      [
        { line: 3, key: 'importProgramme.unknownColumn', params: { column: 'speaker' } },
        { line: 3, key: 'importProgramme.duplicateColumn', params: { column: 'title_zh' } },
        { line: 3, key: 'importProgramme.missingColumn', params: { column: 'type' } },
      ],
    );
    expect(problemsOf('')).toEqual([{ line: 1, key: 'importProgramme.noHeader' }]);
    expect(problemsOf('\uFEFFtype,date\r\n,\r\n')).toEqual([
      { line: 1, key: 'importProgramme.noRows' },
    ]);
  });

  it('names the line where an unclosed quote starts', () => {
    const csv = 'type,date,title_zh\nsession,2019-06-30,"好\nsession,2019-07-01,坏\n';
    expect(problemsOf(csv)).toEqual([{ line: 2, key: 'importProgramme.unclosedQuote' }]);
  });

  it('accepts the times and dates Excel writes back, and kinds in Chinese or any case', () => {
    const csv = [
      'type,date,start,end,kind',
      'session,2019年6月30日,8:05,09:30:00,全体大会',
      'session,2019.6.30,14：00,,SUB-FORUM',
      'session,2019-06-30,,,',
    ].join('\n');
    const { programme } = readOk(csv);
    expect(programme.days).toHaveLength(1);
    expect(
      programme.days[0]!.sessions.map(({ kind, start, end }) => ({ kind, start, end })),
    ).toEqual([
      { kind: 'plenary', start: '08:05', end: '09:30' },
      { kind: 'subForum', start: '14:00', end: undefined },
      { kind: 'other', start: undefined, end: undefined },
    ]);
  });
});

describe('writing an agenda table', () => {
  const document = (): DuizhaoDocument => {
    const { programme, units } = readOk(GOOD_CSV);
    return {
      schemaVersion: DOCUMENT_SCHEMA_VERSION,
      id: 'doc1',
      kind: 'programme',
      title: { zh: '年会', en: '' },
      sourceLanguage: 'zh',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 0,
      units,
      programme,
    };
  };

  it('writes every column, a BOM and CRLF line ends', () => {
    const csv = agendaTableOf(document(), 'csv');
    expect(csv.startsWith(`\uFEFF${AGENDA_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Simultaneous interpretation:\nChinese, English"');
    expect(csv).toContain('张三；李四,Zhang San; Li Si');
    const tsv = agendaTableOf(document(), 'tsv');
    expect(tsv.split('\r\n')[0]).toBe(`\uFEFF${AGENDA_COLUMNS.join('\t')}`);
  });

  it('writes a title Excel would run as a formula as text, and reads it back as it was', () => {
    const csv = [
      'type,date,title_zh,title_en',
      'session,2019-06-30,,"\'=HYPERLINK(""http://x"")"',
    ].join('\r\n');
    const { programme, units } = readOk(csv);
    const title = units.find((unit) => unit.id === programme.days[0]?.sessions[0]?.title);
    expect(title?.en).toEqual([{ text: '=HYPERLINK("http://x")' }]);
    const written = agendaTableOf({ ...document(), units: [...units], programme }, 'csv');
    expect(written).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  for (const format of ['csv', 'tsv'] as const) {
    it(`round-trips through ${format}: texts, times, kinds and people come back the same`, () => {
      const original = document();
      const bytes = new TextEncoder().encode(agendaTableOf(original, format));
      const decoded = decodeText(bytes);
      expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', bom: true });
      const again = readOk(decoded.ok ? decoded.text : '', format);
      expect(plainProgramme(again.programme, again.units)).toEqual(
        plainProgramme(original.programme!, original.units),
      );
      expect(again.programme.people).toHaveLength(original.programme!.people.length);
    });
  }
});
