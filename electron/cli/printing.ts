import type { TFunction } from 'i18next';
import { UNIT_STATUSES, type DuizhaoDocument } from '../../shared/model/document';
import type { DocumentStats } from '../../shared/review/stats';
import type { LibraryEntry } from '../../shared/model/library';
import { plainText } from '../../shared/model/richText';

/** "2026-11-21 09:30" in the machine's time zone: what a person at a terminal expects. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function titleOf(entry: { title: { zh: string; en: string } }): string {
  return [entry.title.zh, entry.title.en].filter(Boolean).join(' / ');
}

export function printLibrary(
  out: (text: string) => void,
  t: TFunction,
  entries: readonly LibraryEntry[],
): void {
  if (entries.length === 0) {
    out(t('cli.noDocuments'));
    return;
  }
  const rows = entries.map((entry) => [
    entry.id,
    t(`kind.${entry.kind}`),
    String(entry.unitCount),
    localTime(entry.updatedAt),
    titleOf(entry),
  ]);
  const header = [
    t('cli.headerId'),
    t('cli.headerKind'),
    t('cli.headerUnits'),
    t('cli.headerUpdated'),
    t('cli.headerTitle'),
  ];
  // The title comes last, so Chinese characters (two columns wide in a terminal) never misalign
  // the columns that follow them.
  const widths = header
    .slice(0, -1)
    .map((cell, i) =>
      Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[i] ?? ''))),
    );
  for (const row of [header, ...rows]) {
    out(
      row
        .map((cell, i) => (i < widths.length ? padDisplay(cell, widths[i] ?? 0) : cell))
        .join('  '),
    );
  }
}

export function printDocument(
  out: (text: string) => void,
  t: TFunction,
  document: DuizhaoDocument,
): void {
  out(
    `${t('cli.fieldTitle')}: ${titleOf(document)}${document.trashedAt ? ` ${t('cli.inTrash')}` : ''}`,
  );
  out(`${t('cli.fieldKind')}: ${t(`kind.${document.kind}`)}`);
  out(`${t('cli.fieldSource')}: ${t(`language.${document.sourceLanguage}`)}`);
  out(`${t('cli.fieldUpdated')}: ${localTime(document.updatedAt)}`);
  out(`${t('cli.fieldUnits')}: ${document.units.length}`);
  document.units.forEach((unit, index) => {
    out('');
    out(`${String(index + 1).padStart(4)}  [${t(`status.${unit.status}`)}]  ${unit.id}`);
    out(`      ${t('language.zh')}: ${plainText(unit.zh)}`);
    out(`      ${t('language.en')}: ${plainText(unit.en)}`);
    if (unit.note) out(`      ${t('cli.fieldNote')}: ${unit.note.replaceAll('\n', '\n        ')}`);
  });
}

/** Terminal columns: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1;
  return width;
}

function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `duizhao stats`: units by status, and the counts by the rules the app's help states. */
export function printStats(
  out: (text: string) => void,
  t: TFunction,
  document: DuizhaoDocument,
  stats: DocumentStats,
): void {
  out(titleOf(document));
  out(`${t('cli.fieldUnits')}: ${stats.units}`);
  const labels = [
    ...UNIT_STATUSES.map((status) => [t(`status.${status}`), stats.byStatus[status]] as const),
    [t('filters.stale'), stats.stale] as const,
    [t('filters.openComments'), stats.openComments] as const,
  ];
  const width = Math.max(...labels.map(([label]) => displayWidth(label)));
  for (const [label, count] of labels)
    out(`  ${padDisplay(label, width)}  ${String(count).padStart(5)}`);
  out(t('statusBar.progressLabel', { done: stats.byStatus.approved, total: stats.units }));
  out(t('statusBar.zhCounts', { han: stats.zh.han, nonSpace: stats.zh.nonSpace }));
  out(t('statusBar.enCounts', { count: stats.en.words, words: stats.en.words }));
}
