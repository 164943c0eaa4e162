import type { DuizhaoApi } from '../../../shared/contract/contract';
import type { AppError } from '../../../shared/contract/errors';
import { applyEdits, type EditFailure } from '../../../shared/edits/applyEdits';
import { inverseEdits } from '../../../shared/edits/inverse';
import type { Edit } from '../../../shared/edits/edit';
import { indexOfUnit, type DuizhaoDocument } from '../../../shared/model/document';
import type { Programme } from '../../../shared/model/programme';
import { isStale } from '../../../shared/review/workflow';
import { UndoHistory } from './undoHistory';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'conflict' };

/** What the editor shows: the document and what undo can do. */
export interface SessionSnapshot {
  document: DuizhaoDocument;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Whether the work is safe: published on its own, so that a save going out and coming back
 * re-renders the save indicator, not the editor around it.
 */
export interface SaveSnapshot {
  save: SaveState;
  /** When the last save reached the disk, if one has in this session. */
  savedAt: Date | null;
  /** True while edits exist that are not on disk yet. */
  dirty: boolean;
}

export interface SessionTiming {
  /** Save this long after typing stops… */
  idleMs: number;
  /** …and at least this often while typing goes on, so a crash loses under a second. */
  maxWaitMs: number;
  /** First automatic retry after a failed save; doubles up to maxRetryMs. */
  retryMs: number;
  maxRetryMs: number;
}

/**
 * Typing shows in the cell editor at once; the screen around it (counts, filters, the panel)
 * catches up when typing pauses this long, or after TYPING_MAX_LAG_MS of non-stop typing.
 * A keystroke that changes a unit's status or stale flag is shown at once: statuses never lie.
 */
const TYPING_PAUSE_MS = 250;
const TYPING_MAX_LAG_MS = 1_500;

/** Browsers refuse keepalive requests whose bodies add up to more than 64 KiB. */
const KEEPALIVE_LIMIT = 60_000;

export const DEFAULT_TIMING: SessionTiming = {
  idleMs: 300,
  maxWaitMs: 700,
  retryMs: 2_000,
  maxRetryMs: 30_000,
};

type Api = Pick<DuizhaoApi, 'document.get' | 'document.applyEdits'>;

export type ApplyResult = { ok: true } | { ok: false; failure: EditFailure };

/**
 * One open document in the editor: the document as the user sees it, and the edits on their
 * way to disk. Edits apply to the local copy at once (the same pure `applyEdits` the service
 * runs), then go to the service in batches, one save in flight at a time. "Saved" is shown
 * only after the service answers, which it does once the file is fsynced. A failed save keeps
 * every edit and retries; a save that raced another window is replayed on the newer revision.
 */
export class DocumentSession {
  private document: DuizhaoDocument;
  private baseRevision: number;
  /** The programme structure as stored at baseRevision: a rebase must not replace a newer one. */
  private savedProgramme: Programme | undefined;
  private pending: Edit[] = [];
  private inFlight: Edit[] | null = null;
  private firstPendingAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay: number;
  private save: SaveState = { kind: 'saved' };
  private savedAt: Date | null = null;
  private snapshot: SessionSnapshot;
  private saveSnapshot: SaveSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly saveListeners = new Set<() => void>();
  private readonly settledWaiters: Array<(saved: boolean) => void> = [];
  private disposed = false;
  /** While another window's revision is fetched and our edits replayed, nothing is sent. */
  private rebasing = false;
  private readonly history = new UndoHistory();
  private publishTimer: ReturnType<typeof setTimeout> | null = null;
  /** Since when typing has been applied but not yet shown around the cell. */
  private unpublishedSince: number | null = null;

  constructor(
    private readonly api: Api,
    document: DuizhaoDocument,
    private readonly timing: SessionTiming = DEFAULT_TIMING,
  ) {
    this.document = document;
    this.baseRevision = document.revision;
    this.savedProgramme = document.programme;
    this.retryDelay = timing.retryMs;
    this.snapshot = this.makeSnapshot();
    this.saveSnapshot = this.makeSaveSnapshot();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  readonly subscribeSave = (listener: () => void): (() => void) => {
    this.saveListeners.add(listener);
    return () => this.saveListeners.delete(listener);
  };

  readonly getSaveSnapshot = (): SaveSnapshot => this.saveSnapshot;

  /** The document as it is now, including keystrokes the screen has not caught up with yet. */
  get current(): DuizhaoDocument {
    return this.document;
  }

  /** Live, unlike the snapshot's: Ctrl+Z right after the first keystroke must work. */
  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /**
   * Shows typing the screen has not caught up with, now. Call it before the screen acts on
   * what it shows: another cell's editor opens with the text it is given, and a replacement
   * is planned from the text on screen.
   */
  publishPending(): void {
    if (this.snapshot.document !== this.document && this.publishTimer !== null) this.publish();
  }

  get documentId(): string {
    return this.document.id;
  }

  /**
   * Applies edits locally as one undoable step and schedules their save. Returns false (and
   * changes nothing) if they do not apply. Steps of the same `group` made in quick succession
   * undo together (typing in one cell).
   */
  apply(edits: Edit | readonly Edit[], options: { group?: string } = {}): ApplyResult {
    const batch = Array.isArray(edits) ? (edits as readonly Edit[]) : [edits as Edit];
    const outcome = applyEdits(this.document, batch);
    if (!outcome.ok) return { ok: false, failure: outcome.failure };
    const undo = inverseEdits(this.document, batch) ?? [];
    const before = this.document;
    this.document = outcome.document;
    for (const edit of batch) this.enqueue(edit);
    this.markSaving();
    this.schedule();
    this.history.record({ undo, redo: [...batch], group: options.group, at: Date.now() });
    if (options.group !== undefined && !changesStanding(before, this.document, batch)) {
      this.publishWhenTypingPauses();
    } else {
      this.publish();
    }
    return { ok: true };
  }

  /** Undoes the last step; returns the ids of the units it touched, or null if there was none. */
  undo(): string[] | null {
    return this.replay('undo');
  }

  redo(): string[] | null {
    return this.replay('redo');
  }

  /** The next edit starts a new undo step, even in the same cell. */
  sealUndoStep(): void {
    this.history.seal();
  }

  private replay(direction: 'undo' | 'redo'): string[] | null {
    const step = direction === 'undo' ? this.history.takeUndo() : this.history.takeRedo();
    if (!step) return null;
    const edits = direction === 'undo' ? step.undo : step.redo;
    if (!this.change(edits)) {
      this.history.restore(step, direction);
      return null;
    }
    this.publish();
    return unitIdsOf([...step.redo, ...step.undo]);
  }

  /** Applies edits to the local document and queues them for saving. */
  private change(edits: readonly Edit[]): boolean {
    const outcome = applyEdits(this.document, edits);
    if (!outcome.ok) return false;
    this.document = outcome.document;
    for (const edit of edits) this.enqueue(edit);
    this.markSaving();
    this.schedule();
    return true;
  }

  /** Saves everything now; resolves true once all edits so far are on disk. */
  flush(): Promise<boolean> {
    if (!this.isDirty()) return Promise.resolve(true);
    if (this.save.kind === 'conflict') return Promise.resolve(false);
    const settled = new Promise<boolean>((resolve) => this.settledWaiters.push(resolve));
    this.clearTimer();
    void this.send();
    return settled;
  }

  readonly retry = (): void => {
    this.retryDelay = this.timing.retryMs;
    void this.flush();
  };

  /**
   * The edits not yet saved, for a last-chance keepalive save as the page unloads; null when
   * that cannot be trusted to work (a save in flight or failing, or more than a keepalive
   * request may carry), so the page should ask the user to stay instead.
   */
  unsavedEdits(): { baseRevision: number; edits: Edit[] } | null {
    if (this.inFlight || this.rebasing || this.pending.length === 0) return null;
    if (this.save.kind === 'failed' || this.save.kind === 'conflict') return null;
    const unsaved = { baseRevision: this.baseRevision, edits: this.pending };
    return JSON.stringify(unsaved).length < KEEPALIVE_LIMIT ? unsaved : null;
  }

  isDirty(): boolean {
    return this.pending.length > 0 || this.inFlight !== null;
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    if (this.publishTimer) clearTimeout(this.publishTimer);
    this.listeners.clear();
    this.saveListeners.clear();
  }

  /** Stops telling the UI, but keeps retrying until every edit is saved, then disposes. */
  disposeWhenSaved(): void {
    this.listeners.clear();
    this.saveListeners.clear();
    this.settledWaiters.push((saved) => {
      if (saved) this.dispose();
      else this.disposeWhenSaved();
    });
  }

  /** Typing produces a setText per keystroke: keep only the newest for the same cell. */
  private enqueue(edit: Edit): void {
    const last = this.pending[this.pending.length - 1];
    if (
      edit.op === 'setText' &&
      last?.op === 'setText' &&
      last.unitId === edit.unitId &&
      last.side === edit.side
    ) {
      this.pending[this.pending.length - 1] = edit;
    } else {
      this.pending.push(edit);
    }
    this.firstPendingAt ??= Date.now();
  }

  private schedule(): void {
    if (this.inFlight || this.rebasing || this.pending.length === 0 || this.disposed) return;
    if (this.save.kind === 'failed' || this.save.kind === 'conflict') return;
    this.clearTimer();
    const untilDeadline = (this.firstPendingAt ?? Date.now()) + this.timing.maxWaitMs - Date.now();
    const delay = Math.max(0, Math.min(this.timing.idleMs, untilDeadline));
    this.timer = setTimeout(() => void this.send(), delay);
  }

  private async send(): Promise<void> {
    if (this.inFlight || this.rebasing || this.pending.length === 0 || this.disposed) {
      this.settle();
      return;
    }
    this.clearTimer();
    const batch = this.pending;
    this.inFlight = batch;
    this.pending = [];
    this.firstPendingAt = null;
    this.setSave({ kind: 'saving' });

    const result = await this.api['document.applyEdits']({
      id: this.document.id,
      baseRevision: this.baseRevision,
      edits: batch,
    });
    this.inFlight = null;
    if (result.ok) {
      this.baseRevision = result.value.revision;
      this.savedProgramme = lastProgrammeOf(batch, this.savedProgramme);
      // Nothing on screen shows the revision: the editor is not told, only the save indicator.
      this.document = {
        ...this.document,
        revision: result.value.revision,
        updatedAt: result.value.updatedAt,
      };
      this.savedAt = new Date();
      this.retryDelay = this.timing.retryMs;
      this.setSave(this.pending.length > 0 ? { kind: 'saving' } : { kind: 'saved' });
      if (this.pending.length > 0) {
        // Edits typed during the save: keep the settle promise waiting and send them too.
        if (this.settledWaiters.length > 0) void this.send();
        else this.schedule();
      } else {
        this.settle();
      }
      return;
    }
    this.pending = [...batch, ...this.pending];
    this.firstPendingAt ??= Date.now();
    let rebased: Awaited<ReturnType<DocumentSession['rebase']>> | 'notNeeded' = 'notNeeded';
    if (result.error.code === 'revisionConflict') {
      this.rebasing = true;
      try {
        rebased = await this.rebase();
      } finally {
        this.rebasing = false;
      }
    }
    if (rebased === 'rebased') {
      this.publish();
      void this.send();
      return;
    }
    if (rebased === 'conflict') {
      this.setSave({ kind: 'conflict' });
    } else {
      this.timer = setTimeout(() => void this.send(), this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, this.timing.maxRetryMs);
      this.setSave({ kind: 'failed', error: result.error });
    }
    this.settle();
  }

  /**
   * Another window saved this document first. Take its version and replay our unsaved edits
   * on top: they name units by id and set whole cells, so they mean the same thing there.
   */
  private async rebase(): Promise<'rebased' | 'conflict' | 'unavailable'> {
    const latest = await this.api['document.get']({ id: this.document.id });
    if (!latest.ok) return 'unavailable';
    // A structure edit replaces the whole structure: replayed over another window's structure
    // change it would silently undo that change, so that is a conflict for the user to see.
    const restructures = this.pending.some((edit) => edit.op === 'setProgramme');
    if (restructures && !sameValue(latest.value.programme, this.savedProgramme)) return 'conflict';
    const replayed = applyEdits(latest.value, this.pending);
    if (!replayed.ok) return 'conflict';
    this.savedProgramme = latest.value.programme;
    this.document = replayed.document;
    this.baseRevision = latest.value.revision;
    return 'rebased';
  }

  private settle(): void {
    if (this.inFlight) return;
    const saved = this.pending.length === 0;
    for (const resolve of this.settledWaiters.splice(0)) resolve(saved);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private makeSnapshot(): SessionSnapshot {
    return {
      document: this.document,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    };
  }

  private makeSaveSnapshot(): SaveSnapshot {
    return { save: this.save, savedAt: this.savedAt, dirty: this.isDirty() };
  }

  /** Edits are waiting: the indicator says so (once, not per keystroke). */
  private markSaving(): void {
    if (this.save.kind === 'saved') this.setSave({ kind: 'saving' });
  }

  private setSave(save: SaveState): void {
    this.save = save;
    this.saveSnapshot = this.makeSaveSnapshot();
    for (const listener of this.saveListeners) listener();
  }

  private publish(): void {
    if (this.publishTimer) clearTimeout(this.publishTimer);
    this.publishTimer = null;
    this.unpublishedSince = null;
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }

  private publishWhenTypingPauses(): void {
    this.unpublishedSince ??= Date.now();
    if (this.publishTimer) clearTimeout(this.publishTimer);
    const lag = Date.now() - this.unpublishedSince;
    this.publishTimer = setTimeout(
      () => {
        this.publish();
      },
      Math.max(0, Math.min(TYPING_PAUSE_MS, TYPING_MAX_LAG_MS - lag)),
    );
  }
}

/** Whether edits change what a unit's status or stale flag says: the screen must show that now. */
function changesStanding(
  before: DuizhaoDocument,
  after: DuizhaoDocument,
  edits: readonly Edit[],
): boolean {
  const source = before.sourceLanguage;
  return unitIdsOf(edits).some((id) => {
    const was = before.units[indexOfUnit(before.units, id)];
    const is = after.units[indexOfUnit(after.units, id)];
    if (!was || !is) return true;
    return was.status !== is.status || isStale(was, source) !== isStale(is, source);
  });
}

/** The programme as stored after a batch: its last setProgramme's, or as it was. */
function lastProgrammeOf(edits: readonly Edit[], before: Programme | undefined) {
  let programme = before;
  for (const edit of edits) if (edit.op === 'setProgramme') programme = edit.programme ?? undefined;
  return programme;
}

/** Deep equality of JSON values, whatever the order of object keys (the service reorders them). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const defined = (value: object) => Object.entries(value).filter(([, v]) => v !== undefined);
  const left = defined(a);
  const right = new Map(defined(b));
  return (
    left.length === right.size && left.every(([key, value]) => sameValue(value, right.get(key)))
  );
}

/** The units a list of edits touches, by id. */
export function unitIdsOf(edits: readonly Edit[]): string[] {
  const ids = new Set<string>();
  for (const edit of edits) {
    if (edit.op === 'insertUnit' || edit.op === 'putUnit') ids.add(edit.unit.id);
    else if (edit.op !== 'setProgramme') ids.add(edit.unitId);
    if (edit.op === 'split') ids.add(edit.newUnitId);
  }
  return [...ids];
}
