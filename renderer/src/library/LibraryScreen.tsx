import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../shared/i18n/i18n';
import type { BilingualTitle } from '../../../shared/model/document';
import type { LibraryEntry, LibraryListing } from '../../../shared/model/library';
import type { AppChrome, WorkspaceServices } from '../app/workspaceServices';
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
