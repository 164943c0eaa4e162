import { useCallback, useEffect, useState } from 'react';
import { appError, type AppError } from '../../../shared/contract/errors';
import { describeError } from '../../../shared/i18n/i18n';
import type { BilingualTitle } from '../../../shared/model/document';
import type { LibraryEntry, LibraryListing } from '../../../shared/model/library';
import { MAX_IMPORT_BYTES } from '../../../shared/programme/programmeFiles';
import type { AppChrome, WorkspaceServices } from '../app/workspaceServices';
import { ImportFailedDialog } from './ImportFailedDialog';
import { LibraryView } from './LibraryView';
import { RenameDialog } from './RenameDialog';

export function displayTitle(title: BilingualTitle, untitled: string): string {
  return title.zh || title.en || untitled;
}

/** The library's container: loads the listing and turns the view's intents into contract calls. */
export function LibraryScreen(props: {
  services: WorkspaceServices;
  view: 'documents' | 'trash';
  /** Bumped by the workspace when documents were added elsewhere (samples, create). */
  version: number;
  onCreate: () => void;
  onAddSamples: () => void;
  chrome: AppChrome;
}) {
  const { api, t, show, navigate } = props.services;
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<LibraryEntry | null>(null);
  const [importing, setImporting] = useState(false);
  const [importFailure, setImportFailure] = useState<{ fileName: string; error: AppError } | null>(
    null,
  );

  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => {
    setReloads((count) => count + 1);
  }, []);

  useEffect(() => {
    let current = true;
    void api['library.list']({}).then((result) => {
      if (!current) return;
      if (result.ok) {
        setListing(result.value);
        setLoadError(null);
      } else {
        setLoadError(describeError(t, result.error));
      }
    });
    return () => {
      current = false;
    };
  }, [api, t, props.version, reloads]);

  const act = async (
    call: () => Promise<{ ok: true } | { ok: false; error: Parameters<typeof describeError>[1] }>,
  ) => {
    const result = await call();
    if (!result.ok) show({ message: describeError(t, result.error), tone: 'error' });
    reload();
    return result.ok;
  };

  /** A picked file becomes a new programme, opened at once; or the dialog says why not. */
  const importFile = async (file: File) => {
    setImporting(true);
    try {
      const result =
        file.size > MAX_IMPORT_BYTES
          ? ({
              ok: false,
              error: appError('importTooLarge', {
                file: file.name,
                limit: MAX_IMPORT_BYTES / 2 ** 20,
              }),
            } as const)
          : await api['library.import']({
              // The contract caps names at 255 characters; the end keeps the extension.
              fileName: file.name.slice(-255),
              kind: 'programme',
              data: await base64Of(file),
            });
      if (!result.ok) {
        setImportFailure({ fileName: file.name, error: result.error });
        return;
      }
      reload();
      await navigate({ screen: 'document', id: result.value.id });
    } catch (error) {
      // The browser could not read the file (moved, or no permission).
      setImportFailure({
        fileName: file.name,
        error: appError('importUnreadable', { file: file.name }, String(error)),
      });
    } finally {
      setImporting(false);
    }
  };

  const untitled = t('library.untitled');
  return (
    <>
      <LibraryView
        listing={listing}
        loadError={loadError}
        view={props.view}
        chrome={props.chrome}
        onView={(view) => void navigate({ screen: 'library', view })}
        onCreate={props.onCreate}
        onAddSamples={props.onAddSamples}
        onImport={(file) => void importFile(file)}
        importing={importing}
        onOpen={(id) => void navigate({ screen: 'document', id })}
        onRename={setRenaming}
        onDuplicate={(entry) => void act(() => api['library.duplicate']({ id: entry.id }))}
        onTrash={(entry) =>
          void act(() => api['library.trash']({ id: entry.id })).then((done) => {
            if (!done) return;
            show({
              message: t('library.movedToTrash', { title: displayTitle(entry.title, untitled) }),
              action: {
                label: t('common.restore'),
                run: () => void act(() => api['library.restore']({ id: entry.id })),
              },
            });
          })
        }
        onRestore={(entry) =>
          void act(() => api['library.restore']({ id: entry.id })).then((done) => {
            if (done)
              show({
                message: t('library.restored', { title: displayTitle(entry.title, untitled) }),
              });
          })
        }
        onDismissProblem={(problemId) =>
          void act(() => api['library.dismissProblem']({ problemId }))
        }
        onRetry={reload}
      />
      {importFailure && (
        <ImportFailedDialog
          fileName={importFailure.fileName}
          error={importFailure.error}
          onClose={() => setImportFailure(null)}
        />
      )}
      {renaming && (
        <RenameDialog
          initial={renaming.title}
          onClose={() => setRenaming(null)}
          onRename={async (title) => {
            const result = await api['library.rename']({ id: renaming.id, title });
            if (!result.ok) return describeError(t, result.error);
            setRenaming(null);
            reload();
            return null;
          }}
        />
      )}
    </>
  );
}

/** A file's bytes in base64, as the contract carries them (in chunks: no huge argument lists). */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
