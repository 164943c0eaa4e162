/**
 * CSV and TSV as Excel reads and writes them (RFC 4180): cells split by a delimiter, a cell in
 * double quotes may hold delimiters, line breaks and doubled quotes. Written here rather than
 * taken from a library because an import must name the physical line each record starts on
 * (a quoted cell may span lines), and because shared/ runs in the browser without Node's
 * Buffer, which csv-parse needs; papaparse reports no line numbers.
 */
export type Delimiter = ',' | '\t';

export interface DelimitedRecord {
  /** The physical line the record starts on, from 1. */
  line: number;
  cells: string[];
}

export type ReadDelimitedOutcome =
  { ok: true; records: DelimitedRecord[] } | { ok: false; unclosedQuoteLine: number };

/** Every record of a text, with its first line. Line ends may be CRLF, LF or CR. */
export function readDelimited(text: string, delimiter: Delimiter): ReadDelimitedOutcome {
  const records: DelimitedRecord[] = [];
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = (): void => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = (): void => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
  };
  /** The length of the line break at `at`, or 0. */
  const breakAt = (at: number): number =>
    text[at] === '\r' ? (text[at + 1] === '\n' ? 2 : 1) : text[at] === '\n' ? 1 : 0;

  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '"' && cell === '') {
      // A quoted cell: read to the closing quote, counting the lines it spans.
      const quoteLine = line;
      i += 1;
      for (;;) {
        if (i >= text.length) return { ok: false, unclosedQuoteLine: quoteLine };
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        const lineBreak = breakAt(i);
        if (lineBreak > 0) line += 1;
        // A cell keeps its line breaks as "\n", whatever the file used.
        cell += lineBreak > 0 ? '\n' : text.charAt(i);
        i += Math.max(lineBreak, 1);
      }
      // Text after the closing quote (`"a"b`) is kept, as Excel does.
      continue;
    }
    if (char === delimiter) {
      endCell();
      i += 1;
      continue;
    }
    const lineBreak = breakAt(i);
    if (lineBreak > 0) {
      endRecord();
      i += lineBreak;
      line += 1;
      recordLine = line;
      continue;
    }
    cell += char;
    i += 1;
  }
  // A last record without a line break after it.
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}

/** A cell as CSV or TSV writes it: quoted when it holds a delimiter, a quote or a line break. */
function formatCell(cell: string, delimiter: Delimiter): string {
  const needsQuotes =
    cell.includes(delimiter) || cell.includes('"') || /[\r\n]/.test(cell) || /^\s|\s$/.test(cell);
  return needsQuotes ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Records as CSV or TSV text with CRLF line ends (what Excel writes and expects). */
export function writeDelimited(rows: readonly (readonly string[])[], delimiter: Delimiter): string {
  return rows
    .map((cells) => cells.map((cell) => formatCell(cell, delimiter)).join(delimiter) + '\r\n')
    .join('');
}
