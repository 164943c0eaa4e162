import type { Language } from '../model/document';

/**
 * Dates and times as a bilingual programme prints them (CONVENTIONS.md): 2019年6月29日（星期六）
 * and Saturday, June 29, 2019; times 14:00–15:30 in both languages. The words are spelt out
 * here rather than taken from Intl, whose locale data differs between Node and Chromium: the
 * preview and the PDF must say exactly the same thing.
 */

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS_EN = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** En dash: the range mark for times and dates in both languages. */
const EN_DASH = '\u2013';

interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/** A 'YYYY-MM-DD' date, or undefined when it is malformed or no such day exists (2019-02-29). */
export function parseDate(date: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 02-30 over to 03-02; a date that does not come back unchanged does not exist.
  if (
    utc.getUTCFullYear() !== year ||
    utc.getUTCMonth() !== month - 1 ||
    utc.getUTCDate() !== day
  ) {
    return undefined;
  }
  return { year, month, day, weekday: utc.getUTCDay() };
}

export interface DateFormatOptions {
  /** Add the day of the week: 2019年6月29日（星期六）, Saturday, June 29, 2019. Default true. */
  weekday?: boolean;
}

/** 2019年6月29日（星期六） / Saturday, June 29, 2019. A malformed date is returned as it is. */
export function formatDate(date: string, lang: Language, options: DateFormatOptions = {}): string {
  const parsed = parseDate(date);
  if (!parsed) return date;
  const weekday = options.weekday ?? true;
  const { year, month, day } = parsed;
  if (lang === 'zh') {
    const text = `${year}年${month}月${day}日`;
    return weekday ? `${text}（${WEEKDAYS_ZH[parsed.weekday] ?? ''}）` : text;
  }
  const text = `${monthName(month)} ${day}, ${year}`;
  return weekday ? `${WEEKDAYS_EN[parsed.weekday] ?? ''}, ${text}` : text;
}

/**
 * The days of an event, without weekdays: 2019年6月29日至30日 / June 29–30, 2019; across months
 * 2019年6月29日至7月1日 / June 29 – July 1, 2019; across years both dates in full. No end, or
 * the same day, is one date.
 */
export function formatDateRange(start: string, end: string | undefined, lang: Language): string {
  const from = parseDate(start);
  const to = end === undefined ? undefined : parseDate(end);
  if (!from || !to || end === start) return formatDate(start, lang, { weekday: false });
  const sameYear = from.year === to.year;
  const sameMonth = sameYear && from.month === to.month;
  if (lang === 'zh') {
    const first = `${from.year}年${from.month}月${from.day}日`;
    const last = sameMonth
      ? `${to.day}日`
      : sameYear
        ? `${to.month}月${to.day}日`
        : `${to.year}年${to.month}月${to.day}日`;
    return `${first}至${last}`;
  }
  if (sameMonth) return `${monthName(from.month)} ${from.day}${EN_DASH}${to.day}, ${to.year}`;
  if (sameYear) {
    return `${monthName(from.month)} ${from.day} ${EN_DASH} ${monthName(to.month)} ${to.day}, ${to.year}`;
  }
  return `${formatDate(start, 'en', { weekday: false })} ${EN_DASH} ${formatDate(end ?? '', 'en', { weekday: false })}`;
}

/** 14:00–15:30 in both languages; 14:00 with no end; –15:30 with no start; '' with neither. */
export function formatTimeRange(start?: string, end?: string): string {
  if (start === undefined) return end === undefined ? '' : `${EN_DASH}${end}`;
  return end === undefined || end === start ? start : `${start}${EN_DASH}${end}`;
}

/**
 * The zone's offset from UTC on a day, as UTC+08:00 (UTC-05:00 in a New York winter). Taken
 * at noon UTC of that day, away from the small hours when daylight saving changes. An unknown
 * zone or a malformed date gives ''.
 */
export function utcOffsetLabel(timeZone: string, date: string): string {
  const parsed = parseDate(date);
  if (!parsed) return '';
  const noon = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day, 12));
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(noon)
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return '';
  }
  // 'GMT+08:00', or plain 'GMT' when the offset is zero.
  const offset = /^GMT([+-\u2212]\d{2}:\d{2})?$/.exec(name ?? '');
  if (!offset) return '';
  return `UTC${(offset[1] ?? '+00:00').replace('\u2212', '-')}`;
}

function monthName(month: number): string {
  return MONTHS_EN[month - 1] ?? String(month);
}
