import type { TFunction } from 'i18next';
import { indexOfUnit, type DuizhaoDocument, type Language } from '../model/document';
import type { Programme, Session, TextPlace } from '../model/programme';
import { plainText } from '../model/richText';
import { allSessions, programmeOf, registryOf, textsInReadingOrder } from './structure';

/**
 * Timetable checks (CONVENTIONS.md): what a printer or a delegate would otherwise find. They
 * run on every change, so each is a single pass over the programme.
 */
export const ISSUE_CODES = [
  'roomClash',
  'personClash',
  'endBeforeStart',
  'talkOutsideSession',
  'eventEndsBeforeStart',
  'outsideEventDates',
  'missingEnglishName',
  'missingTranslation',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];
export type IssueSeverity = 'error' | 'warning';

export interface ProgrammeIssue {
  code: IssueCode;
  severity: IssueSeverity;
  /** Where to go to fix it. */
  target: TextPlace | { in: 'event' };
  /** The other session of a clash. */
  otherSessionId?: string;
  personId?: string;
  roomId?: string;
  unitId?: string;
  /** The language a text is missing in. */
  missing?: Language;
}

const SEVERITY: Record<IssueCode, IssueSeverity> = {
  roomClash: 'error',
  personClash: 'error',
  endBeforeStart: 'error',
  talkOutsideSession: 'warning',
  eventEndsBeforeStart: 'error',
  outsideEventDates: 'error',
  missingEnglishName: 'warning',
  missingTranslation: 'warning',
};

export function checkProgramme(document: DuizhaoDocument): ProgrammeIssue[] {
  const programme = programmeOf(document);
  const issues = [
    ...timingIssues(programme),
    ...clashes(programme),
    ...textIssues(document, programme),
  ];
  // Errors first; within a severity, programme order (the order found).
  return [
    ...issues.filter((issue) => issue.severity === 'error'),
    ...issues.filter((issue) => issue.severity === 'warning'),
  ];
}

function issue(code: IssueCode, fields: Omit<ProgrammeIssue, 'code' | 'severity'>): ProgrammeIssue {
  return { code, severity: SEVERITY[code], ...fields };
}

/** Minutes since midnight of an HH:MM time. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

interface Span {
  start: number;
  end: number;
}

/** A time span, if it has a start and an end in the right order. */
function spanOf(item: { start?: string; end?: string }): Span | null {
  if (item.start === undefined || item.end === undefined) return null;
  const span = { start: minutesOf(item.start), end: minutesOf(item.end) };
  return span.start < span.end ? span : null;
}

function sessionPlace(session: Session): TextPlace {
  return { in: 'session', sessionId: session.id, field: 'title' };
}

function timingIssues(programme: Programme): ProgrammeIssue[] {
  const issues: ProgrammeIssue[] = [];
  const { startDate, endDate } = programme;
  if (startDate && endDate && endDate < startDate) {
    issues.push(issue('eventEndsBeforeStart', { target: { in: 'event' } }));
  }
  for (const { day, session } of allSessions(programme)) {
    if (session.start && session.end && minutesOf(session.end) <= minutesOf(session.start)) {
      issues.push(issue('endBeforeStart', { target: sessionPlace(session) }));
    }
    const date = day.date;
    if (date && ((startDate && date < startDate) || (endDate && date > endDate))) {
      issues.push(issue('outsideEventDates', { target: sessionPlace(session) }));
    }
    const sessionSpan = spanOf(session);
    for (const talk of session.items) {
      const place: TextPlace = { in: 'talk', sessionId: session.id, talkId: talk.id };
      if (talk.start && talk.end && minutesOf(talk.end) <= minutesOf(talk.start)) {
        issues.push(issue('endBeforeStart', { target: place }));
        continue;
      }
      const talkSpan = spanOf(talk);
      if (
        sessionSpan &&
        talkSpan &&
        (talkSpan.start < sessionSpan.start || talkSpan.end > sessionSpan.end)
      ) {
        issues.push(issue('talkOutsideSession', { target: place }));
      }
    }
  }
  return issues;
}

/**
 * Sessions that happen on the same calendar day: by date, so two outline days with one date
 * are compared too; an undated day stands alone.
 */
function sameDayGroups(programme: Programme): Session[][] {
  const groups = new Map<string, Session[]>();
  for (const day of programme.days) {
    const key = day.date ?? `undated:${day.id}`;
    groups.set(key, [...(groups.get(key) ?? []), ...day.sessions]);
  }
  return [...groups.values()];
}

interface Due {
  session: Session;
  span: Span;
}

/**
 * Pairs of entries that overlap in time, from different sessions. A sweep in start order
 * against the entry that ends last so far: each entry that overlaps anything earlier is
 * reported once, so a huge hostile programme costs n log n, not n².
 */
function overlapping(entries: Due[]): [Due, Due][] {
  const sorted = [...entries].sort((a, b) => a.span.start - b.span.start);
  const pairs: [Due, Due][] = [];
  let furthest: Due | undefined;
  for (const entry of sorted) {
    if (furthest && entry.span.start < furthest.span.end && furthest.session !== entry.session) {
      pairs.push([furthest, entry]);
    }
    if (!furthest || entry.span.end > furthest.span.end) furthest = entry;
  }
  return pairs;
}

/** Overlapping sessions in one room, and people due in two sessions at once, day by day. */
function clashes(programme: Programme): ProgrammeIssue[] {
  const issues: ProgrammeIssue[] = [];
  for (const sessions of sameDayGroups(programme)) {
    const rooms = new Map<string, Due[]>();
    // Where each person is due: the whole session for chairs and moderators, the talk for speakers.
    const people = new Map<string, Due[]>();
    const add = (map: Map<string, Due[]>, key: string, session: Session, span: Span | null) => {
      if (!span) return;
      map.set(key, [...(map.get(key) ?? []), { session, span }]);
    };
    for (const session of sessions) {
      const sessionSpan = spanOf(session);
      if (session.roomId !== undefined) add(rooms, session.roomId, session, sessionSpan);
      for (const id of new Set([...session.chairs, ...session.moderators])) {
        add(people, id, session, sessionSpan);
      }
      for (const talk of session.items) {
        for (const id of talk.speakers) add(people, id, session, spanOf(talk) ?? sessionSpan);
      }
    }
    for (const [roomId, entries] of rooms) {
      for (const [earlier, later] of overlapping(entries)) {
        issues.push(
          issue('roomClash', {
            target: sessionPlace(later.session),
            otherSessionId: earlier.session.id,
            roomId,
          }),
        );
      }
    }
    for (const [personId, entries] of people) {
      const reported = new Set<string>();
      for (const [earlier, later] of overlapping(entries)) {
        const pair = `${earlier.session.id}/${later.session.id}`;
        if (reported.has(pair)) continue;
        reported.add(pair);
        issues.push(
          issue('personClash', {
            target: sessionPlace(later.session),
            otherSessionId: earlier.session.id,
            personId,
          }),
        );
      }
    }
  }
  return issues;
}

/** Texts written in one language only, and people nobody can introduce in English. */
function textIssues(document: DuizhaoDocument, programme: Programme): ProgrammeIssue[] {
  const issues: ProgrammeIssue[] = [];
  for (const { unitId, place } of textsInReadingOrder(programme)) {
    const unit = document.units[indexOfUnit(document.units, unitId)];
    if (!unit) continue;
    const zh = plainText(unit.zh).trim() !== '';
    const en = plainText(unit.en).trim() !== '';
    const isName = place.in === 'person' && place.field === 'name';
    if (isName && !en) {
      issues.push(issue('missingEnglishName', { target: place, unitId, personId: place.personId }));
    } else if (zh !== en) {
      issues.push(
        issue('missingTranslation', { target: place, unitId, missing: zh ? 'en' : 'zh' }),
      );
    }
  }
  return issues;
}

// The checks panel describes every issue on every change: look sessions up once per programme.
const sessionTables = new WeakMap<Programme, Map<string, Session>>();
function sessionsById(programme: Programme): Map<string, Session> {
  let table = sessionTables.get(programme);
  if (!table) {
    table = new Map(allSessions(programme).map(({ session }) => [session.id, session]));
    sessionTables.set(programme, table);
  }
  return table;
}

/** One issue as a sentence in the UI language, naming sessions, rooms and people as shown. */
export function describeIssue(
  t: TFunction,
  document: DuizhaoDocument,
  found: ProgrammeIssue,
): string {
  const language: Language = t('programme.nameLanguage') === 'en' ? 'en' : 'zh';
  const programme = programmeOf(document);
  const registry = registryOf(programme);
  const text = (unitId: string | undefined): string => {
    if (unitId === undefined) return '';
    const unit = document.units[indexOfUnit(document.units, unitId)];
    if (!unit) return '';
    const preferred = plainText(unit[language]).trim();
    return preferred || plainText(unit[language === 'zh' ? 'en' : 'zh']).trim();
  };
  const sessions = sessionsById(programme);
  const sessionName = (sessionId: string | undefined): string => {
    const session = sessionId === undefined ? undefined : sessions.get(sessionId);
    if (!session) return '';
    const time = session.start ? `${session.start} ` : '';
    const title = text(session.title) || t(`programme.kind.${session.kind}`);
    return `${time}${title}`;
  };
  const target = found.target;
  const where = describePlace(t, target, text, registry, sessionName);
  return t(`programme.check.${found.code}`, {
    where,
    session: 'sessionId' in target ? sessionName(target.sessionId) : '',
    other: sessionName(found.otherSessionId),
    room: text(found.roomId === undefined ? undefined : registry.rooms.get(found.roomId)?.name),
    person:
      text(found.personId === undefined ? undefined : registry.people.get(found.personId)?.name) ||
      t('programme.unnamedPerson'),
    language: found.missing ? t(`language.${found.missing}`) : '',
  });
}

function describePlace(
  t: TFunction,
  place: TextPlace | { in: 'event' },
  text: (unitId: string | undefined) => string,
  registry: ReturnType<typeof registryOf>,
  sessionName: (sessionId: string) => string,
): string {
  switch (place.in) {
    case 'event':
      return t('programme.outline.event');
    case 'programme':
      return t(`programme.field.${place.field}`);
    case 'introduction':
      return t('programme.place.introduction', { number: place.index + 1 });
    case 'session':
      return place.field === 'note'
        ? t('programme.place.sessionNote', { session: sessionName(place.sessionId) })
        : sessionName(place.sessionId);
    case 'talk':
      return t('programme.place.talk', { session: sessionName(place.sessionId) });
    case 'person':
      return t(`programme.place.person.${place.field}`, {
        name: text(registry.people.get(place.personId)?.name) || t('programme.unnamedPerson'),
      });
    case 'room':
      return t(`programme.place.room.${place.field}`, {
        name: text(registry.rooms.get(place.roomId)?.name),
      });
    case 'organisation':
      return t(`programme.place.organisation.${place.field}`, {
        name: text(registry.organisations.get(place.organisationId)?.name),
      });
  }
}
