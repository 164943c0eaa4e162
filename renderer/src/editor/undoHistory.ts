import type { Edit } from '../../../shared/edits/edit';

export interface UndoStep {
  /** Edits that restore the document as it was before the step. */
  undo: Edit[];
  /** Edits that make the step again. */
  redo: Edit[];
  /** Steps of one group that follow each other closely are one step (typing in one cell). */
  group?: string;
  at: number;
}

/** Typing pauses longer than this start a new undo step. */
export const TYPING_GROUP_MS = 1_500;
const MAX_STEPS = 1_000;

/**
 * Document-wide undo and redo. Every change to the document is a step of edits and their
 * inverse; undoing applies the inverse as a new change, so it is saved like any other edit and
 * the statuses it restores are on disk too.
 */
export class UndoHistory {
  private done: UndoStep[] = [];
  private undone: UndoStep[] = [];

  record(step: UndoStep): void {
    this.undone = [];
    const last = this.done[this.done.length - 1];
    if (
      last &&
      step.group !== undefined &&
      last.group === step.group &&
      step.at - last.at < TYPING_GROUP_MS
    ) {
      // Typing replaces a cell's whole text: the group's first undo and its latest edit suffice.
      last.redo = step.redo;
      last.at = step.at;
      return;
    }
    this.done.push(step);
    if (this.done.length > MAX_STEPS) this.done.shift();
  }

  /** Ends the current group, so the next edit starts a new step (leaving a cell, a command). */
  seal(): void {
    const last = this.done[this.done.length - 1];
    if (last) delete last.group;
  }

  takeUndo(): UndoStep | undefined {
    const step = this.done.pop();
    if (step) this.undone.push(step);
    return step;
  }

  takeRedo(): UndoStep | undefined {
    const step = this.undone.pop();
    if (step) this.done.push(step);
    return step;
  }

  /** Puts a step back where it came from when applying it failed. */
  restore(step: UndoStep, from: 'undo' | 'redo'): void {
    if (from === 'undo') this.done.push(this.undone.pop() ?? step);
    else this.undone.push(this.done.pop() ?? step);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }
}
