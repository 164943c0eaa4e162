import {
  Copy,
  FilePlus2,
  FileText,
  FileUp,
  Pencil,
  RotateCcw,
  Sparkles,
  Trash2,
} from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry, LibraryListing } from '../../../shared/model/library';
import type { AppChrome } from '../app/workspaceServices';
import { AppBar, BrandMark } from '../components/AppBar';
import { Button } from '../components/Button';
import { formatDateTime } from '../components/formatDate';
import { ProblemsBanner } from './ProblemsBanner';

export interface LibraryViewProps {
  listing: LibraryListing | null;
  loadError: string | null;
  view: 'documents' | 'trash';
  chrome: AppChrome;
  onView: (view: 'documents' | 'trash') => void;
  onCreate: () => void;
  onAddSamples: () => void;
  /** A file the user picked to import as a new programme. */
  onImport: (file: File) => void;
  /** An import is under way: the button waits for it. */
  importing?: boolean;
  onOpen: (id: string) => void;
  onRename: (entry: LibraryEntry) => void;
  onDuplicate: (entry: LibraryEntry) => void;
  onTrash: (entry: LibraryEntry) => void;
  onRestore: (entry: LibraryEntry) => void;
  onDismissProblem: (problemId: string) => void;
  onRetry: () => void;
}

const TABS = [
  { view: 'documents', labelKey: 'library.documentsTab' },
  { view: 'trash', labelKey: 'library.trashTab' },
] as const;

/** The library: documents (or the trash), with both titles, kind, size and last change. */
export function LibraryView(props: LibraryViewProps) {
  const { t, i18n } = useTranslation();
  const { listing, view } = props;
  const entries = listing ? (view === 'trash' ? listing.trash : listing.documents) : [];
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className="screen">
      <AppBar chrome={props.chrome}>
        <BrandMark />
      </AppBar>
      <main className="library">
        <div className="library-heading">
          <h1 className="page-title">{t('library.title')}</h1>
          <div className="tabs" role="tablist" aria-label={t('library.title')}>
            {TABS.map(({ view: tab, labelKey }) => {
              const count = listing ? listing[tab].length : 0;
              return (
                <button
                  key={tab}
                  type="button"
                  role="tab"
                  aria-selected={view === tab}
                  className="tab"
                  onClick={() => props.onView(tab)}
                >
                  {t(labelKey)}
                  {listing && (tab === 'documents' || count > 0) && (
                    <span className="tab-count">{count}</span>
                  )}
                </button>
              );
            })}
          </div>
          <div className="library-actions">
            <Button icon={<Sparkles size={16} aria-hidden />} onClick={props.onAddSamples}>
              {t('commands.addSamples')}
            </Button>
            {/* The platform's file picker, opened by the button; the agenda formats and JSON. */}
            <input
              ref={fileInput}
              type="file"
              accept=".csv,.tsv,.txt,.json"
              hidden
              data-testid="import-file"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                // Cleared, so that picking the same file again (after fixing it) imports again.
                event.currentTarget.value = '';
                if (file) props.onImport(file);
              }}
            />
            <Button
              icon={<FileUp size={16} aria-hidden />}
              disabled={props.importing}
              onClick={() => fileInput.current?.click()}
            >
              {t(props.importing ? 'importProgramme.importing' : 'importProgramme.import')}
            </Button>
            <Button
              variant="primary"
              icon={<FilePlus2 size={16} aria-hidden />}
              onClick={props.onCreate}
            >
              {t('createDialog.title')}
            </Button>
          </div>
        </div>

        {listing && listing.problems.length > 0 && (
          <ProblemsBanner problems={listing.problems} onDismiss={props.onDismissProblem} />
        )}

        {props.loadError && (
          <div className="notice notice-error" role="alert">
            <p>
              {t('library.loadFailed')} {props.loadError}
            </p>
            <Button onClick={props.onRetry}>{t('common.retry')}</Button>
          </div>
        )}

        {listing &&
          entries.length === 0 &&
          (view === 'trash' ? (
            <p className="empty-note">{t('library.trashEmpty')}</p>
          ) : (
            <div className="empty-state">
              <FileText size={40} strokeWidth={1.25} aria-hidden />
              <h2>{t('library.emptyTitle')}</h2>
              <p>{t('library.emptyBody')}</p>
              <div className="empty-actions">
                <Button
                  variant="primary"
                  icon={<FilePlus2 size={16} aria-hidden />}
                  onClick={props.onCreate}
                >
                  {t('createDialog.title')}
                </Button>
                <Button icon={<Sparkles size={16} aria-hidden />} onClick={props.onAddSamples}>
                  {t('commands.addSamples')}
                </Button>
              </div>
            </div>
          ))}

        {entries.length > 0 && (
          <table className="document-table">
            <thead>
              <tr>
                <th scope="col">{t('library.columnTitle')}</th>
                <th scope="col">{t('library.columnKind')}</th>
                <th scope="col" className="numeric">
                  {t('library.columnUnits')}
                </th>
                <th scope="col">{t('library.columnUpdated')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.columnActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <DocumentRow
                  key={entry.id}
                  entry={entry}
                  trash={view === 'trash'}
                  language={i18n.language}
                  {...props}
                />
              ))}
            </tbody>
          </table>
        )}
      </main>
    </div>
  );
}

function DocumentRow(
  props: LibraryViewProps & { entry: LibraryEntry; trash: boolean; language: string },
) {
  const { t } = useTranslation();
  const { entry, trash } = props;
  const primary = entry.title.zh || entry.title.en || t('library.untitled');
  const secondary = entry.title.zh ? entry.title.en : '';
  const actions = trash
    ? [{ label: t('common.restore'), icon: RotateCcw, run: props.onRestore }]
    : [
        { label: t('common.rename'), icon: Pencil, run: props.onRename },
        { label: t('common.duplicate'), icon: Copy, run: props.onDuplicate },
        { label: t('common.delete'), icon: Trash2, run: props.onTrash },
      ];
  return (
    <tr>
      <td className="document-title-cell">
        {trash ? (
          <span className="document-title">{primary}</span>
        ) : (
          <button
            type="button"
            className="document-title link-button"
            onClick={() => props.onOpen(entry.id)}
          >
            <span lang={entry.title.zh ? 'zh-CN' : 'en'}>{primary}</span>
          </button>
        )}
        {secondary && (
          <span className="document-subtitle" lang="en">
            {secondary}
          </span>
        )}
      </td>
      <td>
        <span className={`kind-badge kind-${entry.kind}`}>{t(`kind.${entry.kind}`)}</span>
        <span className="source-note">
          {t('library.sourceIs', { language: t(`language.${entry.sourceLanguage}`) })}
        </span>
      </td>
      <td className="numeric">{t('library.unitCount', { count: entry.unitCount })}</td>
      <td className="muted">
        {formatDateTime(entry.trashedAt ?? entry.updatedAt, props.language)}
      </td>
      <td className="row-actions">
        <div role="group" aria-label={t('library.actionsFor', { title: primary })}>
          {actions.map(({ label, icon: Icon, run }) => (
            <Button
              key={label}
              variant="quiet"
              icon={<Icon size={15} aria-hidden />}
              onClick={() => run(entry)}
            >
              {label}
            </Button>
          ))}
        </div>
      </td>
    </tr>
  );
}
