import { parseInlineMarkup } from './inlineMarkup';
import { blocksOf, containsHan, type SampleDocument, type SampleUnit } from './sampleDocument';
import type { Session, Talk } from '../model/programme';
import { plainText, type RichText } from '../model/richText';
import { ProgrammeBuilder } from '../programme/builder';
import { unitsInReadingOrder } from '../programme/structure';

export const PROGRAMME_SAMPLE_FILE = 'cast-21st-annual-meeting-2019.programme.md';

/*
 * What the source states only in the prose of its English article (or not in English at all)
 * is kept here, each fact beside the sentence it comes from. Nothing else is added: the source
 * gives no times, rooms or speakers besides these, so none are made up.
 */

/**
 * The cover names the hosts in Chinese only ("中国科学技术协会 黑龙江省人民政府"). Their English
 * names: "the China Association for Science and Technology (CAST), co-hosted by the
 * government of Heilongjiang Province". The short Chinese name is the one in the cover's title,
 * 中国科协年会.
 */
const ORGANISATIONS: Readonly<Record<string, { en: string; short?: { zh: string; en: string } }>> =
  {
    中国科学技术协会: {
      en: 'China Association for Science and Technology',
      short: { zh: '中国科协', en: 'CAST' },
    },
    黑龙江省人民政府: { en: 'People’s Government of Heilongjiang Province' },
  };

/** The cover's 中国·哈尔滨: "the meeting took place … in Harbin, Heilongjiang’s capital city". */
const CITIES: Readonly<Record<string, string>> = { '中国·哈尔滨': 'Harbin, China' };

/**
 * "Its 35 sessions, including the China Science and Technology Forum, the Directors’ Forum on
 * Digital Economy, and the Entrepreneurs’ Summit on Science and Technology Innovation, …":
 * the three sessions named, in English only (the source gives no Chinese titles).
 */
const FORUMS = [
  'China Science and Technology Forum',
  'Directors’ Forum on Digital Economy',
  'Entrepreneurs’ Summit on Science and Technology Innovation',
] as const;

/**
 * "The 15 international sessions at the annual meeting attracted experts from around 30
 * countries and 20-plus international organizations."
 */
const INTERNATIONAL_SESSIONS = {
  title: 'International sessions',
  note: '15 international sessions, with experts from around 30 countries and 20-plus international organizations',
} as const;

/**
 * "Summing up the annual meeting’s achievements, Huai Jinpeng, CAST’s executive vice
 * president, outlined some of the highlights when in his concluding address."
 */
const CONCLUDING_ADDRESS = {
  title: 'Concluding address',
  speaker: { name: 'Huai Jinpeng', title: 'Executive Vice President, CAST' },
} as const;

/**
 * The 21st CAST Annual Meeting sample as a programme, from its Markdown source. The cover
 * (which the source repeats three times with different line breaks) gives the edition and
 * title, the hosts, the city and the date; the English article gives the theme, and becomes
 * the introduction, its heading and highlights each a paragraph. The day holds the sessions
 * the article names. Chinese is filled only where the source gives it; everything is a draft.
 */
export function programmeSample(markdown: string, newId: () => string): SampleDocument {
  const blocks = blocksOf(markdown);
  const articleStart = blocks.findIndex((lines) => (lines[0] ?? '').startsWith('#'));
  const cover = readCover(articleStart < 0 ? blocks : blocks.slice(0, articleStart));
  const article = (articleStart < 0 ? [] : blocks.slice(articleStart)).flatMap(articleUnits);

  const builder = new ProgrammeBuilder(newId);
  const programme = builder.programme;
  const edition = builder.text(cover.edition);
  const title = builder.text(cover.title);
  const theme = builder.text({ en: themeOf(article) });
  const city = builder.text(
    cover.city === undefined ? undefined : { zh: cover.city, en: CITIES[cover.city] ?? '' },
  );
  if (edition !== undefined) programme.edition = edition;
  if (title !== undefined) programme.title = title;
  if (theme !== undefined) programme.theme = theme;
  if (city !== undefined) programme.city = city;
  for (const host of cover.hosts) {
    const known = ORGANISATIONS[host];
    const organisation = builder.organisation({ zh: host, en: known?.en ?? '' }, known?.short);
    programme.organisers.push({ role: 'host', organisationId: organisation.id });
  }
  if (cover.date !== undefined) {
    programme.startDate = cover.date;
    programme.endDate = cover.date;
  }
  for (const paragraph of article) {
    const unitId = builder.text(paragraph);
    if (unitId !== undefined) programme.introduction.push(unitId);
  }

  // Sessions with English titles only: the source gives no Chinese titles, times or rooms.
  const session = (
    kind: Session['kind'],
    english: { title: string; note?: string },
    items: Talk[] = [],
  ): Session => {
    const made: Session = { id: newId(), kind, chairs: [], moderators: [], items };
    const sessionTitle = builder.text({ en: english.title });
    const note = builder.text({ en: english.note });
    if (sessionTitle !== undefined) made.title = sessionTitle;
    if (note !== undefined) made.note = note;
    return made;
  };
  const speaker = builder.person(
    { en: CONCLUDING_ADDRESS.speaker.name },
    { nameOrder: 'surnameFirst', title: { en: CONCLUDING_ADDRESS.speaker.title } },
  );
  const sessions: Session[] = [
    ...FORUMS.map((forum) => session('forum', { title: forum })),
    session('other', INTERNATIONAL_SESSIONS),
    session('other', CONCLUDING_ADDRESS, [{ id: newId(), speakers: [speaker.id] }]),
  ];
  programme.days.push({
    id: newId(),
    ...(cover.date !== undefined ? { date: cover.date } : {}),
    sessions,
  });

  return {
    kind: 'programme',
    title: {
      zh: '第二十一届中国科协年会',
      en: 'The 21st Annual Meeting of the China Association for Science and Technology',
    },
    sourceLanguage: 'zh',
    units: unitsInReadingOrder(builder.units, programme),
    programme,
  };
}

/** The units in the order the programme reads; any it does not name (none here) keep theirs. */
interface Cover {
  edition?: { zh: string; en: RichText };
  title?: { zh: string; en: RichText };
  hosts: string[];
  city?: string;
  /** ISO date, 2019-06-29. */
  date?: string;
}

const EDITION = /^(第.+?届)\s*(.+)$/u;
const CHINESE_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;

/**
 * What the cover says. Its lines are read as bilingual lines first: a Chinese line followed by
 * English lines is one line (the English was one title broken for the page), so each of the
 * source's three renditions of the cover reads the same and the first one counts. Then: the
 * line starting 第…届 is edition and title; a date line is the date; a line of names separated
 * by spaces is the hosts; the remaining Chinese line is the city.
 */
function readCover(blocks: string[][]): Cover {
  const cover: Cover = { hosts: [] };
  for (const line of blocks.flatMap(bilingualLines)) {
    const edition = EDITION.exec(line.zh);
    const date = CHINESE_DATE.exec(line.zh);
    if (edition) {
      if (cover.title) continue; // the cover again
      // "The 21<sup>st</sup> Annual Meeting of …": the edition is the word after "The".
      const en = /^(?:The\s+)?(\S+)\s+(.+)$/i.exec(line.en);
      cover.edition = { zh: edition[1] as string, en: parseInlineMarkup(en?.[1] ?? '') };
      cover.title = { zh: edition[2] as string, en: parseInlineMarkup(en?.[2] ?? '') };
    } else if (date) {
      const [year, month, day] = date.slice(1).map((part) => part.padStart(2, '0'));
      cover.date ??= `${year}-${month}-${day}`;
    } else if (/\s/.test(line.zh)) {
      if (cover.hosts.length === 0) cover.hosts = line.zh.split(/\s+/);
    } else if (line.zh) {
      cover.city ??= line.zh;
    }
  }
  return cover;
}

function bilingualLines(lines: string[]): Array<{ zh: string; en: string }> {
  const read: Array<{ zh: string; en: string[] }> = [];
  for (const line of lines) {
    const last = read[read.length - 1];
    if (containsHan(line)) read.push({ zh: line, en: [] });
    else if (last) last.en.push(line);
    else read.push({ zh: '', en: [line] });
  }
  return read.map((line) => ({ zh: line.zh, en: line.en.join(' ') }));
}

/** "With the theme of “…”, the meeting took place …": the theme without its quotation marks. */
function themeOf(article: readonly SampleUnit[]): string {
  for (const paragraph of article) {
    const theme = /\btheme of\s+[“"]([^”"]+)[”"]/i.exec(plainText(paragraph.en));
    if (theme) return (theme[1] as string).trim();
  }
  return '';
}

function articleUnits(lines: string[]): SampleUnit[] {
  // A list item or heading starts a paragraph; other lines continue the one they are in.
  const pieces: string[] = [];
  for (const line of lines) {
    const item = /^(#{1,6}\s+|[-*+]\s+)(.*)$/.exec(line);
    if (item || pieces.length === 0) pieces.push(item ? (item[2] as string) : line);
    else pieces.push(`${pieces.pop() as string} ${line}`);
  }
  return pieces.map((text) => ({ zh: [], en: parseInlineMarkup(text) }));
}
