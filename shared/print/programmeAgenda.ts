import type { Language } from '../model/document';
import type { Day, Person, Programme, Session, SessionKind, Talk } from '../model/programme';
import { formatDate, formatTimeRange, utcOffsetLabel } from '../programme/dates';
import { registryOf } from '../programme/structure';
import {
  LANGS,
  langAttributes,
  words,
  type Bilingual,
  type ProgrammeLayout,
  type PrintTexts,
} from './bilingual';
import { escapeHtml } from './html';
import { makeBlock, type PagedBlock } from './pagedHtml';
import type { PrintKey } from './printWords';
import { labelledLines, rowHtml, type Line } from './rows';

const KIND_WORDS: Record<SessionKind, PrintKey> = {
  opening: 'print.kind.opening',
  plenary: 'print.kind.plenary',
  forum: 'print.kind.forum',
  subForum: 'print.kind.subForum',
  panel: 'print.kind.panel',
  break: 'print.kind.break',
  meal: 'print.kind.meal',
  visit: 'print.kind.visit',
  other: 'print.kind.other',
};

/** Kinds whose title says what they are; they get no kind label beside it. */
const UNLABELLED_KINDS: ReadonlySet<SessionKind> = new Set(['break', 'meal', 'other']);

/** Both languages in one element, Chinese first: the agenda and day headings, the zone note. */
function bothLanguages(tag: string, className: string, text: Bilingual): string {
  const sides = LANGS.map((lang) => `<span ${langAttributes(lang)}>${text[lang]}</span>`);
  return `<${tag} class="${className}">${sides.join('')}</${tag}>`;
}

/** Renders the agenda: its heading, then day by day the sessions and their talks. */
export class AgendaRenderer {
  constructor(
    private readonly programme: Programme,
    private readonly texts: PrintTexts,
    private readonly layout: ProgrammeLayout,
  ) {}

  /** The agenda starts a page of its own: after the cover, or after the introduction. */
  blocks(): PagedBlock[] {
    if (this.programme.days.length === 0) return [];
    const blocks = [this.headingBlock()];
    this.programme.days.forEach((day, index) => {
      blocks.push(this.dayBlock(day, index));
      for (const session of day.sessions) blocks.push(...this.sessionBlocks(session));
    });
    return blocks;
  }

  /** 会议日程 / Programme, and the time zone every time is in. */
  private headingBlock(): PagedBlock {
    const firstDate = this.programme.startDate ?? this.programme.days.find((day) => day.date)?.date;
    const offset =
      firstDate === undefined ? '' : utcOffsetLabel(this.programme.timeZone, firstDate);
    const note = offset
      ? bothLanguages('p', 'dz-time-zone', words('print.timeZoneNote', { offset }))
      : '';
    return makeBlock({
      id: 'agenda',
      page: 'body',
      breakBefore: true,
      keepWithNext: true,
      tag: 'header',
      className: 'dz-agenda-heading',
      content: `${bothLanguages('h2', 'dz-agenda-title', words('print.agenda'))}${note}`,
    });
  }

  private dayBlock(day: Day, index: number): PagedBlock {
    const title: Bilingual =
      day.date === undefined
        ? words('print.dayNumber', { day: index + 1 })
        : {
            zh: escapeHtml(formatDate(day.date, 'zh')),
            en: escapeHtml(formatDate(day.date, 'en')),
          };
    return makeBlock({
      id: `day-${day.id}`,
      page: 'body',
      keepWithNext: true,
      className: 'dz-day',
      content: bothLanguages('h3', 'dz-day-title', title),
    });
  }

  /**
   * A session's heading rows (title, room, chairs, moderators, note) as one block, then each
   * talk as a block: a page may break between talks, never inside one or after the heading.
   */
  private sessionBlocks(session: Session): PagedBlock[] {
    const talks = session.items
      .map((talk) => ({ talk, row: this.talkRow(talk) }))
      .filter((found): found is { talk: Talk; row: string } => found.row !== undefined);
    const unlabelled = UNLABELLED_KINDS.has(session.kind);
    const heading = makeBlock({
      id: `session-${session.id}`,
      page: 'body',
      sessionId: session.id,
      keepWithNext: talks.length > 0,
      className: `dz-session dz-session-${session.kind}${unlabelled ? ' dz-session-quiet' : ''}`,
      content: rowHtml(
        this.layout,
        this.sessionTime(session),
        this.sessionLines(session),
        'dz-session-row',
      ),
    });
    const talkBlocks = talks.map(({ talk, row }, index) =>
      makeBlock({
        id: `talk-${talk.id}`,
        page: 'body',
        sessionId: session.id,
        className: `dz-talk${index === talks.length - 1 ? ' dz-talk-last' : ''}`,
        content: row,
      }),
    );
    return [heading, ...talkBlocks];
  }

  /** 14:00–15:30, or 时间待定 / Time to be confirmed in a muted style. */
  private sessionTime(session: Session): string {
    const time = formatTimeRange(session.start, session.end);
    if (time) return escapeHtml(time);
    const tbc = words('print.timeToBeConfirmed');
    return `<span class="dz-tbc">${LANGS.map((lang) => `<span ${langAttributes(lang)}>${tbc[lang]}</span>`).join('')}</span>`;
  }

  private sessionLines(session: Session): Line[] {
    const kind = words(KIND_WORDS[session.kind]);
    const title = this.texts.pair(session.title);
    // No label where the title already says it: 开幕式 / Opening Ceremony, 数字经济分论坛.
    const saysKind = (lang: Language) =>
      title?.[lang].toLowerCase().includes(kind[lang].toLowerCase()) ?? false;
    const showKind =
      title !== undefined && !UNLABELLED_KINDS.has(session.kind) && !LANGS.some(saysKind);
    const headline = (lang: Language) =>
      (showKind ? `<span class="dz-kind">${kind[lang]}</span>` : '') +
      `<span class="dz-session-title">${(title ?? kind)[lang]}</span>`;
    const lines: Line[] = [
      { zh: headline('zh'), en: headline('en'), className: 'dz-line-headline' },
    ];

    const room = this.roomText(session.roomId);
    if (room) lines.push(...labelledLines(words('print.room'), [room], 'dz-line-room'));
    lines.push(...this.peopleLines(session.chairs, 'print.chair', 'print.chairs'));
    lines.push(...this.peopleLines(session.moderators, 'print.moderator', 'print.moderators'));
    const note = this.texts.pair(session.note);
    if (note) lines.push({ ...note, className: 'dz-line-note' });
    return lines;
  }

  /** 哈尔滨厅（国际会展中心三层） / Harbin Hall, Level 3, International Convention Center. */
  private roomText(roomId: string | undefined): Bilingual | undefined {
    const room = roomId === undefined ? undefined : registryOf(this.programme).rooms.get(roomId);
    const name = this.texts.pair(room?.name);
    if (!name) return undefined;
    const location = this.texts.pair(room?.location);
    if (!location) return name;
    return {
      zh: location.zh ? `${name.zh}（${location.zh}）` : name.zh,
      en: location.en ? `${name.en}, ${location.en}` : name.en,
    };
  }

  private peopleLines(ids: readonly string[], one: PrintKey, many: PrintKey): Line[] {
    const people = this.people(ids);
    if (people.length === 0) return [];
    return labelledLines(words(people.length === 1 ? one : many), people, 'dz-line-person');
  }

  private people(ids: readonly string[]): Bilingual[] {
    const registry = registryOf(this.programme);
    return ids
      .map((id) => registry.people.get(id))
      .filter((person): person is Person => person !== undefined)
      .map((person) => this.personText(person))
      .filter((text): text is Bilingual => text !== undefined);
  }

  /**
   * 怀进鹏 中国科协常务副主席 / Huai Jinpeng, Executive Vice President, China Association for
   * Science and Technology. The gap in Chinese is the layout's (a margin), not a typed space.
   */
  private personText(person: Person): Bilingual | undefined {
    const name = this.texts.pair(person.name);
    if (!name) return undefined;
    const title = this.texts.pair(person.title);
    const affiliation = this.texts.pair(person.affiliation);
    const nameHtml = (lang: Language) =>
      name[lang] ? `<span class="dz-person-name">${name[lang]}</span>` : '';
    const role = `${affiliation?.zh ?? ''}${title?.zh ?? ''}`;
    const zh = nameHtml('zh') + (role ? `<span class="dz-person-role">${role}</span>` : '');
    const en = [nameHtml('en'), title?.en, affiliation?.en]
      .filter((part) => part !== undefined && part !== '')
      .join(', ');
    return { zh, en };
  }

  /** A talk's row: its time, its title, a line per speaker; undefined when it has neither. */
  private talkRow(talk: Talk): string | undefined {
    const lines: Line[] = [];
    const title = this.texts.pair(talk.title);
    if (title) lines.push({ ...title, className: 'dz-line-talk' });
    for (const speaker of this.people(talk.speakers)) {
      lines.push({ ...speaker, className: 'dz-line-speaker' });
    }
    if (lines.length === 0) return undefined;
    return rowHtml(
      this.layout,
      escapeHtml(formatTimeRange(talk.start, talk.end)),
      lines,
      'dz-talk-row',
    );
  }
}
