import { useEffect } from 'react';
import type { Language } from '../../../shared/model/document';
import { post } from '../api/client';
import type { WorkspaceServices } from '../app/workspaceServices';
import type { DocumentSession } from './documentSession';

/** The window (and taskbar) shows which document is open. */
export function useWindowTitle(title: string): void {
  useEffect(() => {
    const previous = window.document.title;
    window.document.title = title;
    return () => {
      window.document.title = previous;
    };
  }, [title]);
}

export function focusStaticCell(unitId: string, side: Language): void {
  requestAnimationFrame(() => {
    const cell = window.document.querySelector<HTMLElement>(
      `[data-unit-id="${unitId}"] .cell-${side} .cell-static`,
    );
    // Focusing the static cell would reopen the editor: mark it so the focus handler lets it be.
    if (cell) {
      cell.dataset.returningFocus = 'true';
      cell.focus();
      delete cell.dataset.returningFocus;
    }
  });
}

/**
 * No way out of the document leaves an edit behind: switching screens waits for the save,
 * closing the window in Electron asks the page to save first (the workspace handles that), and
 * a browser reload sends what is pending with keepalive, or asks the user to stay while a save
 * is still on its way or has failed.
 */
export function useLeaveProtection(
  session: DocumentSession,
  setLeaveGuard: WorkspaceServices['setLeaveGuard'],
): void {
  useEffect(() => {
    const unregister = setLeaveGuard(() => session.flush());
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // In Electron the shell asks the page to save before closing (Workspace), and a
      // beforeunload veto there would silently block closing and reloading.
      if (window.duizhao || !session.isDirty()) return;
      if (session.unsavedEdits()) return; // small and not failing: pagehide sends them
      event.preventDefault();
    };
    const onPageHide = () => {
      const unsaved = session.unsavedEdits();
      if (!unsaved || window.duizhao) return;
      void post('document.applyEdits', { id: session.documentId, ...unsaved }, { keepalive: true });
      session.dispose();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unregister();
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [session, setLeaveGuard]);
}
