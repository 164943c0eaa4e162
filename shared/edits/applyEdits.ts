import { MAX_UNITS, type DuizhaoDocument, type Unit } from '../model/document';
import { normalizeRichText } from '../model/richText';
import type { Edit } from './edit';

export type EditFailure =
  | { reason: 'unitNotFound'; unitId: string }
  | { reason: 'duplicateUnitId'; unitId: string }
  | { reason: 'indexOutOfRange'; index: number }
  | { reason: 'tooManyUnits'; limit: number };

export type ApplyEditsOutcome =
  { ok: true; document: DuizhaoDocument } | { ok: false; failure: EditFailure; editIndex: number };

/**
 * Applies a batch of edits to a document and returns the new document; the input is not
 * changed. The batch applies as a whole or not at all. Revision and timestamps are the
 * caller's business: the renderer applies edits optimistically, the service when it saves.
 */
export function applyEdits(document: DuizhaoDocument, edits: readonly Edit[]): ApplyEditsOutcome {
  let units = document.units;
  for (const [editIndex, edit] of edits.entries()) {
    const outcome = applyEdit(units, edit);
    if ('failure' in outcome) return { ok: false, failure: outcome.failure, editIndex };
    units = outcome.units;
  }
  return { ok: true, document: { ...document, units } };
}

function applyEdit(
  units: readonly Unit[],
  edit: Edit,
): { units: Unit[] } | { failure: EditFailure } {
  switch (edit.op) {
    case 'setText':
      return updateUnit(units, edit.unitId, (unit) => ({
        ...unit,
        [edit.side]: normalizeRichText(edit.text),
      }));
    case 'setNote':
      return updateUnit(units, edit.unitId, (unit) => withNote(unit, edit.note));
    case 'insertUnit': {
      if (edit.index > units.length)
        return { failure: { reason: 'indexOutOfRange', index: edit.index } };
      if (units.length >= MAX_UNITS)
        return { failure: { reason: 'tooManyUnits', limit: MAX_UNITS } };
      if (units.some((unit) => unit.id === edit.unit.id)) {
        return { failure: { reason: 'duplicateUnitId', unitId: edit.unit.id } };
      }
      const unit = {
        ...edit.unit,
        zh: normalizeRichText(edit.unit.zh),
        en: normalizeRichText(edit.unit.en),
      };
      return { units: [...units.slice(0, edit.index), unit, ...units.slice(edit.index)] };
    }
    case 'deleteUnit': {
      const index = units.findIndex((unit) => unit.id === edit.unitId);
      if (index < 0) return { failure: { reason: 'unitNotFound', unitId: edit.unitId } };
      return { units: units.filter((_, i) => i !== index) };
    }
    case 'moveUnit': {
      const index = units.findIndex((unit) => unit.id === edit.unitId);
      if (index < 0) return { failure: { reason: 'unitNotFound', unitId: edit.unitId } };
      if (edit.toIndex >= units.length)
        return { failure: { reason: 'indexOutOfRange', index: edit.toIndex } };
      const rest = units.filter((_, i) => i !== index);
      const moved = units[index] as Unit;
      return { units: [...rest.slice(0, edit.toIndex), moved, ...rest.slice(edit.toIndex)] };
    }
  }
}

function updateUnit(
  units: readonly Unit[],
  unitId: string,
  update: (unit: Unit) => Unit,
): { units: Unit[] } | { failure: EditFailure } {
  const index = units.findIndex((unit) => unit.id === unitId);
  if (index < 0) return { failure: { reason: 'unitNotFound', unitId } };
  const next = units.slice();
  next[index] = update(units[index] as Unit);
  return { units: next };
}

function withNote(unit: Unit, note: string | null): Unit {
  const { note: _previous, ...rest } = unit;
  return note === null || note.trim() === '' ? rest : { ...rest, note };
}
