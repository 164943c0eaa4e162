const formats = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to make and the UI formats often: one per language and style. */
function formatter(language: string, style: 'dateTime' | 'time'): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      language,
      style === 'dateTime' ? { dateStyle: 'medium', timeStyle: 'short' } : { timeStyle: 'short' },
    );
    formats.set(key, format);
  }
  return format;
}

/** "2026年11月21日 09:30" / "Nov 21, 2026, 9:30 AM": dates in the UI language's own form. */
export function formatDateTime(iso: string, language: string): string {
  return formatter(language, 'dateTime').format(new Date(iso));
}

export function formatTime(date: Date, language: string): string {
  return formatter(language, 'time').format(date);
}

const numbers = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: string): string {
  let format = numbers.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numbers.set(language, format);
  }
  return format.format(value);
}
