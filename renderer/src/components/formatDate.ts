/** "2026年11月21日 09:30" / "Nov 21, 2026, 9:30 AM": dates in the UI language's own form. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(date);
}
