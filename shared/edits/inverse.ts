import { findUnitIndex, type DuizhaoDocument } from '../model/document';
import { applyEdits } from './applyEdits';
import type { Edit } from './edit';

/**
 * The edits that undo a batch, computed against the document it applies to: units come back
 * exactly as they were (putUnit), inserted units go, deleted ones return where they were.
 * Call it with a batch known to apply (it may return null, or edits that mean nothing, if not).
 */
export function inverseEdits(document: DuizhaoDocument, edits: readonly Edit[]): Edit[] | null {
  // The common case — one keystroke's edit — needs no trial application.
  const [only] = edits;
  if (edits.length === 1 && only) return inverseOf(document, only);
  const inverse: Edit[][] = [];
  let current = document;
  for (const edit of edits) {
    const undo = inverseOf(current, edit);
    const outcome = applyEdits(current, [edit]);
    if (!undo || !outcome.ok) return null;
    inverse.push(undo);
    current = outcome.document;
  }
  return inverse.reverse().flat();
}

function inverseOf(document: DuizhaoDocument, edit: Edit): Edit[] | null {
  const { units } = document;
  const find = (id: string) => {
    const index = findUnitIndex(units, id);
    const unit = units[index];
    return unit ? { index, unit } : null;
  };
  switch (edit.op) {
    case 'insertUnit':
      return [{ op: 'deleteUnit', unitId: edit.unit.id }];
    case 'deleteUnit': {
      const found = find(edit.unitId);
      return found && [{ op: 'insertUnit', index: found.index, unit: found.unit }];
    }
    case 'moveUnit': {
      const found = find(edit.unitId);
      return found && [{ op: 'moveUnit', unitId: edit.unitId, toIndex: found.index }];
    }
    case 'split': {
      const found = find(edit.unitId);
      return (
        found && [
          { op: 'deleteUnit', unitId: edit.newUnitId },
          { op: 'putUnit', unit: found.unit },
        ]
      );
    }
    case 'merge': {
      const found = find(edit.unitId);
      const next = found ? units[found.index + 1] : undefined;
      if (!found || !next) return null;
      return [
        { op: 'putUnit', unit: found.unit },
        { op: 'insertUnit', index: found.index + 1, unit: next },
      ];
    }
    case 'setProgramme':
      return [{ op: 'setProgramme', programme: document.programme ?? null }];
    case 'putUnit': {
      const found = find(edit.unit.id);
      return found && [{ op: 'putUnit', unit: found.unit }];
    }
    default: {
      const found = find(edit.unitId);
      return found && [{ op: 'putUnit', unit: found.unit }];
    }
  }
}
