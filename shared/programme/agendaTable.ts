import { resources } from '../i18n/resources';
import type { ErrorParams, ErrorProblem } from '../contract/errors';
import type { TranslationKey } from '../i18n/resources';
import { indexOfUnit, type DuizhaoDocument, type Unit } from '../model/document';
import {
  dateSchema,
  SESSION_KINDS,
  type Day,
  type Programme,
  type Session,
  type SessionKind,
  type Talk,
} from '../model/programme';
import { plainText } from '../model/richText';
import { readDelimited, writeDelimited, type Delimiter } from '../text/delimited';
import { ProgrammeBuilder } from './builder';
import { foldForMatch } from './entityMatch';
import { programmeOf, registryOf } from './structure';

/**
 * A programme's agenda as a table (docs/programme-csv.md): one row per session or talk, a column
 * per field and language, talks under their session. What an office keeps in Excel, read into a
 * programme and written back out with the same columns.
 */
export const AGENDA_COLUMNS = [
  'type',
  'date',
  'start',
  'end',
  'kind',
  'title_zh',
  'title_en',
  'room_zh',
  'room_en',
  'chairs_zh',
  'chairs_en',
  'moderators_zh',
  'moderators_en',
  'speakers_zh',
  'speakers_en',
  'note_zh',
  'note_en',
] as const;
export type AgendaColumn = (typeof AGENDA_COLUMNS)[number];

export const AGENDA_FORMATS = ['csv', 'tsv'] as const;
export type AgendaFormat = (typeof AGENDA_FORMATS)[number];

const DELIMITERS: Record<AgendaFormat, Delimiter> = { csv: ',', tsv: '\t' };

/** The Chinese names of session kinds, as the app shows them: accepted beside the English ids. */
const SESSION_KIND_LABELS_ZH: Record<SessionKind, string> =
  resources['zh-CN'].translation.programme.kind;

/** Columns a talk row leaves empty: a talk has a time, a title and speakers only. */
const SESSION_ONLY: readonly AgendaColumn[] = [
  'kind',
  'room_zh',
  'room_en',
  'chairs_zh',
  'chairs_en',
  'moderators_zh',
  'moderators_en',
  'note_zh',
  'note_en',
];

// The schema's limits (shared/model/programme.ts), reported as rows rather than a schema error.
const MAX_DAYS = 366;
const MAX_PER_LIST = 500;

/** Names in one cell: 张三；李四、王五 or Zhang San; Li Si. */
const NAME_SEPARATOR = /[;；、]/;

export type AgendaReadOutcome =
  { ok: true; programme: Programme; units: Unit[] } | { ok: false; problems: ErrorProblem[] };

/**
 * A table's programme and its units, or every problem found, each with the physical line its
 * row starts on. Nothing is returned from a table with any problem: an import is all or nothing.
 */
export function readAgendaTable(
  text: string,
  format: AgendaFormat,
  newId: () => string,
): AgendaReadOutcome {
  const read = readDelimited(text.replace(/^\uFEFF/, ''), DELIMITERS[format]);
  if (!read.ok) {
    return {
      ok: false,
      problems: [{ line: read.unclosedQuoteLine, key: 'importProgramme.unclosedQuote' }],
    };
  }
  const records = read.records.filter((record) => record.cells.some((cell) => cell.trim()));
  const [header, ...rows] = records;
  if (!header) return { ok: false, problems: [{ line: 1, key: 'importProgramme.noHeader' }] };

  const problems: ErrorProblem[] = [];
  const columns = readHeader(header.cells, header.line, problems);
  if (problems.length > 0 || !columns) return { ok: false, problems };
  if (rows.length === 0) {
    return { ok: false, problems: [{ line: header.line, key: 'importProgramme.noRows' }] };
  }

  const reader = new AgendaReader(newId, problems);
  for (const { line, cells } of rows) {
    const extra = cells.slice(columns.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      reader.problem(line, 'importProgramme.tooManyCells', {
        cells: columns.length + extra.length,
        columns: columns.length,
      });
    }
    const row = new Map<AgendaColumn, string>();
    columns.forEach((column, index) =>
      row.set(column, unguardFormula((cells[index] ?? '').trim())),
    );
    reader.row(line, (column) => row.get(column) ?? '');
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ...reader.result() };
}

/** The header's columns in file order; problems for unknown, repeated or missing columns. */
function readHeader(
  cells: readonly string[],
  line: number,
  problems: ErrorProblem[],
): AgendaColumn[] | null {
  const columns: AgendaColumn[] = [];
  for (const cell of cells) {
    const name = cell.trim().toLowerCase();
    const column = AGENDA_COLUMNS.find((known) => known === name);
    if (!column) {
      problems.push({ line, key: 'importProgramme.unknownColumn', params: { column: cell } });
    } else if (columns.includes(column)) {
      problems.push({ line, key: 'importProgramme.duplicateColumn', params: { column } });
    } else columns.push(column);
  }
  if (!columns.includes('type')) {
    problems.push({ line, key: 'importProgramme.missingColumn', params: { column: 'type' } });
  }
  return problems.length > 0 ? null : columns;
}

type Cell = (column: AgendaColumn) => string;

/** Reads rows one by one into a ProgrammeBuilder, noting each problem with its line. */
class AgendaReader {
  private readonly builder: ProgrammeBuilder;
  private readonly days = new Map<string, Day>();
  private session: { session: Session; date: string | null } | null = null;
  private readonly unitsById = new Map<string, Unit>();

  constructor(
    private readonly newId: () => string,
    private readonly problems: ErrorProblem[],
  ) {
    this.builder = new ProgrammeBuilder(newId);
  }

  problem(line: number, key: TranslationKey, params?: ErrorParams): void {
    this.problems.push(params ? { line, key, params } : { line, key });
  }

  row(line: number, cell: Cell): void {
    const type = cell('type').toLowerCase();
    if (type === 'session') this.sessionRow(line, cell);
    else if (type === 'talk') this.talkRow(line, cell);
    else this.problem(line, 'importProgramme.badType', { value: cell('type') });
  }

  result(): { programme: Programme; units: Unit[] } {
    const programme = this.builder.programme;
    programme.days = [...this.days.values()];
    const dates = [...this.days.keys()].sort();
    if (dates.length > 0) {
      programme.startDate = dates[0];
      programme.endDate = dates[dates.length - 1];
    }
    return { programme, units: this.builder.units };
  }

  private sessionRow(line: number, cell: Cell): void {
    const date = this.date(line, cell('date'));
    if (cell('date') === '') this.problem(line, 'importProgramme.missingDate');
    const kind = this.kind(line, cell('kind'));
    if (cell('speakers_zh') || cell('speakers_en')) {
      this.problem(line, 'importProgramme.speakersOnSession');
    }
    const session: Session = {
      id: this.newId(),
      kind,
      chairs: this.people(line, cell, 'chairs'),
      moderators: this.people(line, cell, 'moderators'),
      items: [],
    };
    this.times(line, cell, session);
    const title = this.builder.text({ zh: cell('title_zh'), en: cell('title_en') });
    if (title !== undefined) session.title = title;
    const note = this.builder.text({ zh: cell('note_zh'), en: cell('note_en') });
    if (note !== undefined) session.note = note;
    const room = { zh: cell('room_zh'), en: cell('room_en') };
    if (room.zh || room.en) {
      const found = this.builder.room(room);
      this.agree(line, found.name, room);
      session.roomId = found.id;
    }
    this.session = { session, date };
    if (date === null) return;
    let day = this.days.get(date);
    if (!day) {
      if (this.days.size === MAX_DAYS) {
        this.problem(line, 'importProgramme.tooManyDays', { limit: MAX_DAYS });
        return;
      }
      day = { id: this.newId(), date, sessions: [] };
      this.days.set(date, day);
    }
    if (day.sessions.length === MAX_PER_LIST) {
      this.problem(line, 'importProgramme.tooManySessions', { date, limit: MAX_PER_LIST });
    } else day.sessions.push(session);
  }

  private talkRow(line: number, cell: Cell): void {
    for (const column of SESSION_ONLY) {
      if (cell(column) !== '') this.problem(line, 'importProgramme.notForTalk', { column });
    }
    const date = this.date(line, cell('date'));
    const talk: Talk = { id: this.newId(), speakers: this.people(line, cell, 'speakers') };
    this.times(line, cell, talk);
    const title = this.builder.text({ zh: cell('title_zh'), en: cell('title_en') });
    if (title !== undefined) talk.title = title;
    const current = this.session;
    if (!current) {
      this.problem(line, 'importProgramme.talkBeforeSession');
      return;
    }
    if (date !== null && current.date !== null && date !== current.date) {
      this.problem(line, 'importProgramme.talkDateDiffers', { value: date, date: current.date });
    }
    if (current.session.items.length === MAX_PER_LIST) {
      this.problem(line, 'importProgramme.tooManyTalks', { limit: MAX_PER_LIST });
    } else current.session.items.push(talk);
  }

  private date(line: number, value: string): string | null {
    if (value === '') return null;
    const date = parseDate(value);
    if (date === null) this.problem(line, 'importProgramme.badDate', { value });
    return date;
  }

  private times(line: number, cell: Cell, target: { start?: string; end?: string }): void {
    for (const column of ['start', 'end'] as const) {
      const value = cell(column);
      if (value === '') continue;
      const time = parseTime(value);
      if (time === null) this.problem(line, 'importProgramme.badTime', { column, value });
      else target[column] = time;
    }
  }

  private kind(line: number, value: string): SessionKind {
    if (value === '') return 'other';
    const kind = parseKind(value);
    if (kind === null) this.problem(line, 'importProgramme.badKind', { value });
    return kind ?? 'other';
  }

  /** The people a pair of cells names, paired by position; one entity per name. */
  private people(line: number, cell: Cell, role: 'chairs' | 'moderators' | 'speakers'): string[] {
    const zh = splitNames(cell(`${role}_zh`));
    const en = splitNames(cell(`${role}_en`));
    const pairs = pairNames(zh, en);
    if (pairs === null) {
      const counts = { column: role, zh: nonEmpty(zh).length, en: nonEmpty(en).length };
      this.problem(line, 'importProgramme.peopleMismatch', counts);
      return [];
    }
    const ids: string[] = [];
    for (const name of pairs) {
      const person = this.builder.person(name);
      this.agree(line, person.name, name);
      if (!ids.includes(person.id)) ids.push(person.id);
    }
    return ids;
  }

  /**
   * A person or room found by one of its names must not be spelt differently in the other
   * language here: 张三 / Zhang San above and 张三 / San Zhang here is a mistake to show, not to
   * resolve silently. A name missing on one side so far is filled in.
   */
  private agree(line: number, nameUnitId: string, name: Names): void {
    const unit = this.unit(nameUnitId);
    if (!unit) return;
    const known = [plainText(unit.zh), plainText(unit.en)].map(foldForMatch);
    for (const side of ['zh', 'en'] as const) {
      const here = name[side];
      // Either of its names finds an entity, in either column.
      if (here === '' || known.includes(foldForMatch(here))) continue;
      const earlier = plainText(unit[side]);
      if (earlier === '') unit[side] = [{ text: here }];
      else if (foldForMatch(earlier) !== foldForMatch(here)) {
        const other = side === 'zh' ? name.en : name.zh;
        this.problem(line, 'importProgramme.nameConflict', { name: other, earlier, here });
      }
    }
  }

  private unit(id: string): Unit | undefined {
    if (!this.unitsById.has(id)) {
      for (const unit of this.builder.units) this.unitsById.set(unit.id, unit);
    }
    return this.unitsById.get(id);
  }
}

const nonEmpty = (names: readonly string[]): string[] => names.filter((name) => name !== '');

function splitNames(cell: string): string[] {
  return cell === '' ? [] : cell.split(NAME_SEPARATOR).map((name) => name.trim());
}

/**
 * Chinese and English names paired by position. A blank side means "not translated yet". An
 * empty slot (张三；；王五) holds the place of a name missing in that language; stray
 * separators are forgiven when dropping empty slots makes the counts agree.
 */
function pairNames(zh: string[], en: string[]): Names[] | null {
  const zip = (a: string[], b: string[]): Names[] =>
    a.map((name, i) => ({ zh: name, en: b[i] ?? '' })).filter((pair) => pair.zh || pair.en);
  if (zh.length === 0)
    return zip(
      en.map(() => ''),
      en,
    );
  if (en.length === 0) return zip(zh, []);
  if (zh.length === en.length) return zip(zh, en);
  const [zhNames, enNames] = [nonEmpty(zh), nonEmpty(en)];
  return zhNames.length === enNames.length ? zip(zhNames, enNames) : null;
}
interface Names {
  zh: string;
  en: string;
}

/** 2019-06-29, and what Excel turns it into on a Chinese system: 2019/6/29, 2019年6月29日. */
function parseDate(value: string): string | null {
  const match = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/.exec(value);
  if (!match) return null;
  const [, year, month = match[4], day = match[5]] = match;
  const date = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  return dateSchema.safeParse(date).success ? date : null;
}

/** 14:00, and 9:00 or 09:00:00 as Excel writes times, or 14：00 typed with a Chinese IME. */
function parseTime(value: string): string | null {
  const match = /^(\d{1,2})[:：](\d{2})(?:[:：]00)?$/.exec(value);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function parseKind(value: string): SessionKind | null {
  const wanted = value.replace(/[\s_-]/g, '').toLowerCase();
  return (
    SESSION_KINDS.find(
      (kind) => kind.toLowerCase() === wanted || SESSION_KIND_LABELS_ZH[kind] === value,
    ) ?? null
  );
}

/**
 * A programme document's agenda as CSV or TSV, in the columns the import reads: export, edit
 * in Excel, import again. Text keeps its words and line breaks, not its inline marks. Starts
 * with a UTF-8 BOM and ends lines with CRLF, so Excel opens the Chinese as Chinese.
 */
export function agendaTableOf(document: DuizhaoDocument, format: AgendaFormat): string {
  const programme = programmeOf(document);
  const registry = registryOf(programme);
  const text = (id: string | undefined, side: 'zh' | 'en'): string => {
    const unit = id === undefined ? undefined : document.units[indexOfUnit(document.units, id)];
    return unit ? plainText(unit[side]) : '';
  };
  const names = (ids: readonly string[], side: 'zh' | 'en'): string => {
    const list = ids.map((id) => text(registry.people.get(id)?.name, side));
    return list.every((name) => name === '') ? '' : list.join(side === 'zh' ? '；' : '; ');
  };
  const both = (id: string | undefined): [string, string] => [text(id, 'zh'), text(id, 'en')];
  const row = (values: Partial<Record<AgendaColumn, string>>): string[] =>
    AGENDA_COLUMNS.map((column) => values[column] ?? '');

  const rows: string[][] = [[...AGENDA_COLUMNS]];
  for (const day of programme.days) {
    for (const session of day.sessions) {
      const [title_zh, title_en] = both(session.title);
      const [room_zh, room_en] = both(
        session.roomId === undefined ? undefined : registry.rooms.get(session.roomId)?.name,
      );
      const [note_zh, note_en] = both(session.note);
      rows.push(
        row({
          type: 'session',
          date: day.date ?? '',
          start: session.start ?? '',
          end: session.end ?? '',
          kind: session.kind,
          title_zh,
          title_en,
          room_zh,
          room_en,
          chairs_zh: names(session.chairs, 'zh'),
          chairs_en: names(session.chairs, 'en'),
          moderators_zh: names(session.moderators, 'zh'),
          moderators_en: names(session.moderators, 'en'),
          note_zh,
          note_en,
        }),
      );
      for (const talk of session.items) {
        const [talkZh, talkEn] = both(talk.title);
        rows.push(
          row({
            type: 'talk',
            start: talk.start ?? '',
            end: talk.end ?? '',
            title_zh: talkZh,
            title_en: talkEn,
            speakers_zh: names(talk.speakers, 'zh'),
            speakers_en: names(talk.speakers, 'en'),
          }),
        );
      }
    }
  }
  const guarded = rows.map((cells) => cells.map(guardFormula));
  return `\uFEFF${writeDelimited(guarded, DELIMITERS[format])}`;
}

/**
 * A cell Excel would run as a formula (=, +, -, @ first: "=HYPERLINK(…)" in a talk title) is
 * written with a leading apostrophe, Excel's own "this is text" mark; reading takes it off.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
