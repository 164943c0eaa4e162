import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatTimeRange,
  parseDate,
  utcOffsetLabel,
} from '../../../shared/programme/dates';

describe('formatDate', () => {
  it('writes the date with its weekday in each language', () => {
    expect(formatDate('2019-06-29', 'zh')).toBe('2019年6月29日（星期六）');
    expect(formatDate('2019-06-29', 'en')).toBe('Saturday, June 29, 2019');
    expect(formatDate('2019-06-30', 'zh')).toBe('2019年6月30日（星期日）');
    expect(formatDate('2019-06-30', 'en')).toBe('Sunday, June 30, 2019');
  });

  it('leaves the weekday out on request', () => {
    expect(formatDate('2019-06-29', 'zh', { weekday: false })).toBe('2019年6月29日');
    expect(formatDate('2019-06-29', 'en', { weekday: false })).toBe('June 29, 2019');
  });

  it('never pads months or days with zeros', () => {
    expect(formatDate('2019-01-05', 'zh')).toBe('2019年1月5日（星期六）');
    expect(formatDate('2019-01-05', 'en')).toBe('Saturday, January 5, 2019');
  });

  it('knows the weekday of known dates', () => {
    const weekdays: Array<[string, string, string]> = [
      ['1970-01-01', 'Thursday', '星期四'],
      ['2024-01-01', 'Monday', '星期一'],
      ['2000-02-29', 'Tuesday', '星期二'],
      ['2020-02-29', 'Saturday', '星期六'],
      ['2024-02-29', 'Thursday', '星期四'],
      ['2100-03-01', 'Monday', '星期一'],
    ];
    for (const [date, en, zh] of weekdays) {
      expect(formatDate(date, 'en').startsWith(`${en}, `), date).toBe(true);
      expect(formatDate(date, 'zh').endsWith(`（${zh}）`), date).toBe(true);
    }
  });

  it('accepts 29 February only in leap years, and returns a date that does not exist as it is', () => {
    expect(parseDate('2000-02-29')).toBeDefined(); // divisible by 400
    expect(parseDate('2024-02-29')).toBeDefined();
    expect(parseDate('1900-02-29')).toBeUndefined(); // divisible by 100, not 400
    expect(parseDate('2019-02-29')).toBeUndefined();
    expect(parseDate('2019-04-31')).toBeUndefined();
    expect(formatDate('2019-02-29', 'zh')).toBe('2019-02-29');
    expect(formatDate('29/06/2019', 'en')).toBe('29/06/2019');
  });
});

describe('formatDateRange', () => {
  it('gives one date for one day', () => {
    expect(formatDateRange('2019-06-29', '2019-06-29', 'zh')).toBe('2019年6月29日');
    expect(formatDateRange('2019-06-29', '2019-06-29', 'en')).toBe('June 29, 2019');
    expect(formatDateRange('2019-06-29', undefined, 'en')).toBe('June 29, 2019');
  });

  it('names the month and year once within a month', () => {
    expect(formatDateRange('2019-06-29', '2019-06-30', 'zh')).toBe('2019年6月29日至30日');
    expect(formatDateRange('2019-06-29', '2019-06-30', 'en')).toBe('June 29–30, 2019');
  });

  it('names both months across months', () => {
    expect(formatDateRange('2019-06-29', '2019-07-01', 'zh')).toBe('2019年6月29日至7月1日');
    expect(formatDateRange('2019-06-29', '2019-07-01', 'en')).toBe('June 29 – July 1, 2019');
  });

  it('writes both dates in full across years', () => {
    expect(formatDateRange('2019-12-30', '2020-01-02', 'zh')).toBe('2019年12月30日至2020年1月2日');
    expect(formatDateRange('2019-12-30', '2020-01-02', 'en')).toBe(
      'December 30, 2019 – January 2, 2020',
    );
  });

  it('crosses a leap day', () => {
    expect(formatDateRange('2024-02-28', '2024-03-01', 'zh')).toBe('2024年2月28日至3月1日');
    expect(formatDateRange('2024-02-28', '2024-02-29', 'en')).toBe('February 28–29, 2024');
  });
});

describe('formatTimeRange', () => {
  it('joins start and end with an en dash, the same in both languages', () => {
    expect(formatTimeRange('14:00', '15:30')).toBe('14:00–15:30');
  });

  it('copes with missing times', () => {
    expect(formatTimeRange('14:00')).toBe('14:00');
    expect(formatTimeRange('14:00', '14:00')).toBe('14:00');
    expect(formatTimeRange(undefined, '15:30')).toBe('–15:30');
    expect(formatTimeRange()).toBe('');
  });
});

describe('utcOffsetLabel', () => {
  it('gives the offset from UTC on the day', () => {
    expect(utcOffsetLabel('Asia/Shanghai', '2019-06-29')).toBe('UTC+08:00');
    expect(utcOffsetLabel('Asia/Kolkata', '2019-06-29')).toBe('UTC+05:30');
    expect(utcOffsetLabel('UTC', '2019-06-29')).toBe('UTC+00:00');
    expect(utcOffsetLabel('Europe/London', '2019-01-15')).toBe('UTC+00:00');
  });

  it('follows daylight saving time', () => {
    expect(utcOffsetLabel('America/New_York', '2019-01-15')).toBe('UTC-05:00');
    expect(utcOffsetLabel('America/New_York', '2019-07-15')).toBe('UTC-04:00');
    expect(utcOffsetLabel('Europe/London', '2019-07-15')).toBe('UTC+01:00');
  });

  it('gives nothing for an unknown zone or a malformed date', () => {
    expect(utcOffsetLabel('Mars/Olympus_Mons', '2019-06-29')).toBe('');
    expect(utcOffsetLabel('Asia/Shanghai', 'June 29')).toBe('');
  });
});
