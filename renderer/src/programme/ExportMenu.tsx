import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DuizhaoDocument } from '../../../shared/model/document';
import { agendaTableOf } from '../../../shared/programme/agendaTable';

type ExportFormat = 'json' | 'csv' | 'tsv';

/** A file name from the document's title, safe on every system. */
function fileBase(document: DuizhaoDocument): string {
  const title = (document.title.zh || document.title.en).replace(/[\\/:*?"<>|\p{Cc}]/gu, '');
  return title.trim().slice(0, 80) || document.id;
}

function contentOf(
  document: DuizhaoDocument,
  format: ExportFormat,
): { text: string; type: string } {
  if (format === 'json') {
    return { text: `${JSON.stringify(document, null, 2)}\n`, type: 'application/json' };
  }
  return {
    text: agendaTableOf(document, format),
    type: format === 'csv' ? 'text/csv' : 'text/tab-separated-values',
  };
}

/**
 * Export as Duizhao JSON or the agenda as CSV/TSV for Excel. The browser saves the file (in
 * Electron, with the system's save dialog).
 */
export function ExportMenu(props: { document: DuizhaoDocument }) {
  const { t } = useTranslation();
  const save = (format: ExportFormat) => {
    const { text, type } = contentOf(props.document, format);
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = window.document.createElement('a');
    link.href = url;
    link.download = `${fileBase(props.document)}.${format}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <label className="export-menu">
      <Download size={15} aria-hidden />
      <select
        aria-label={t('programme.export.label')}
        value=""
        onChange={(event) => {
          const format = event.currentTarget.value as ExportFormat | '';
          if (format) save(format);
        }}
      >
        <option value="">{t('programme.export.label')}</option>
        {(['json', 'csv', 'tsv'] as const).map((format) => (
          <option key={format} value={format}>
            {t(`programme.export.${format}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
