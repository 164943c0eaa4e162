import {
  findUnitIndex,
  MAX_UNITS,
  withUnitAt,
  type DuizhaoDocument,
  type Unit,
} from '../model/document';
import type { Programme } from '../model/programme';
import { normalizeRichText } from '../model/richText';
import { referenceProblems, unitsInReadingOrder } from '../programme/structure';
import {
  approved,
  confirmed,
  merged,
  rejected,
  split,
  withComment,
  withText,
  withThreadResolved,
  type UnitChange,
  type UnitChangeFailure,
} from '../review/unitChanges';
import type { Edit } from './edit';

export type EditFailure =
  | { reason: 'unitNotFound'; unitId: string }
  | { reason: 'duplicateUnitId'; unitId: string }
  | { reason: 'indexOutOfRange'; index: number }
  | { reason: 'tooManyUnits'; limit: number }
  | { reason: 'nothingToMerge'; unitId: string }
  /** The batch would leave the programme naming a unit that is gone, or similar. */
  | { reason: 'programmeReferences'; detail: string }
  | UnitChangeFailure;

export type ApplyEditsOutcome =
  { ok: true; document: DuizhaoDocument } | { ok: false; failure: EditFailure; editIndex: number };

type Step = { units: Unit[] } | { failure: EditFailure };

/**
 * Applies a batch of edits to a document and returns the new document; the input is not
 * changed. The batch applies as a whole or not at all. Revision and timestamps are the
 * caller's business: the renderer applies edits optimistically, the service when it saves.
 */
export function applyEdits(document: DuizhaoDocument, edits: readonly Edit[]): ApplyEditsOutcome {
  let units = document.units;
  let programme = document.programme;
  let reshaped = false;
  for (const [editIndex, edit] of edits.entries()) {
    if (edit.op === 'setProgramme') {
      programme = edit.programme ?? undefined;
      reshaped = true;
      continue;
    }
    const outcome = applyEdit(units, edit, document.sourceLanguage);
    if ('failure' in outcome) return { ok: false, failure: outcome.failure, editIndex };
    units = outcome.units;
    reshaped ||= RESHAPING.has(edit.op);
  }
  if (reshaped && programme) {
    const shaped = unitsForProgramme(units, programme);
    if ('failure' in shaped) {
      return { ok: false, failure: shaped.failure, editIndex: edits.length - 1 };
    }
    units = shaped.units;
  }
  const { programme: _before, ...rest } = document;
  return { ok: true, document: programme ? { ...rest, units, programme } : { ...rest, units } };
}

/** Edits after which a programme's references must be checked and its units put in order. */
const RESHAPING = new Set<Edit['op']>(['insertUnit', 'deleteUnit', 'moveUnit', 'split', 'merge']);

/** A programme's units in reading order, after checking every text it names is still there. */
function unitsForProgramme(units: Unit[], programme: Programme): Step {
  const problems = referenceProblems(programme, (id) => indexOf(units, id) >= 0);
  if (problems.length > 0) {
    return { failure: { reason: 'programmeReferences', detail: problems.join('; ') } };
  }
  const ordered = unitsInReadingOrder(units, programme);
  // The same order keeps the same list (and its lookup table).
  return ordered.every((unit, i) => unit === units[i]) ? { units } : { units: ordered };
}

function applyEdit(
  units: readonly Unit[],
  edit: Edit,
  sourceLanguage: DuizhaoDocument['sourceLanguage'],
): Step {
  switch (edit.op) {
    case 'setText':
      return change(units, edit.unitId, (unit) => ({
        unit: withText(unit, edit.side, edit.text, edit.actor, edit.at, sourceLanguage),
      }));
    case 'setNote':
      return change(units, edit.unitId, (unit) => ({ unit: withNote(unit, edit.note) }));
    case 'putUnit':
      return change(units, edit.unit.id, () => ({ unit: normalizedUnit(edit.unit) }));
    case 'confirm':
      return change(units, edit.unitId, (unit) =>
        confirmed(unit, edit.actor, edit.at, sourceLanguage),
      );
    case 'approve':
      return change(units, edit.unitId, (unit) =>
        approved(unit, edit.actor, edit.at, sourceLanguage),
      );
    case 'reject':
      return change(units, edit.unitId, (unit) => rejected(unit, edit.reason, edit.actor, edit.at));
    case 'addComment':
      return change(units, edit.unitId, (unit) => ({
        unit: withComment(unit, edit.threadId, edit.commentId, edit.text, edit.actor, edit.at),
      }));
    case 'resolveThread':
      return change(units, edit.unitId, (unit) =>
        withThreadResolved(unit, edit.threadId, edit.resolved, edit.actor, edit.at),
      );
    case 'insertUnit':
      return insert(units, edit.index, normalizedUnit(edit.unit));
    case 'deleteUnit': {
      const index = indexOf(units, edit.unitId);
      if (index < 0) return { failure: { reason: 'unitNotFound', unitId: edit.unitId } };
      return { units: units.filter((_, i) => i !== index) };
    }
    case 'moveUnit': {
      const index = indexOf(units, edit.unitId);
      if (index < 0) return { failure: { reason: 'unitNotFound', unitId: edit.unitId } };
      if (edit.toIndex >= units.length)
        return { failure: { reason: 'indexOutOfRange', index: edit.toIndex } };
      const rest = units.filter((_, i) => i !== index);
      return {
        units: [...rest.slice(0, edit.toIndex), units[index] as Unit, ...rest.slice(edit.toIndex)],
      };
    }
    case 'split': {
      const index = indexOf(units, edit.unitId);
      if (index < 0) return { failure: { reason: 'unitNotFound', unitId: edit.unitId } };
      if (indexOf(units, edit.newUnitId) >= 0) {
        return { failure: { reason: 'duplicateUnitId', unitId: edit.newUnitId } };
      }
      const parts = split(units[index] as Unit, edit.newUnitId, edit.at, sourceLanguage);
      if (!Array.isArray(parts)) return { failure: parts };
      return { units: [...units.slice(0, index), ...parts, ...units.slice(index + 1)] };
    }
    case 'merge': {
      const index = indexOf(units, edit.unitId);
      if (index < 0) return { failure: { reason: 'unitNotFound', unitId: edit.unitId } };
      const next = units[index + 1];
      if (!next) return { failure: { reason: 'nothingToMerge', unitId: edit.unitId } };
      const joined = merged(units[index] as Unit, next, sourceLanguage);
      return { units: [...units.slice(0, index), joined, ...units.slice(index + 2)] };
    }
    case 'setProgramme':
      return { units: [...units] };
  }
}

// Each edit makes a new list: a lookup table built for it would serve one lookup.
const indexOf = findUnitIndex;

function change(units: readonly Unit[], unitId: string, update: (unit: Unit) => UnitChange): Step {
  const index = indexOf(units, unitId);
  if (index < 0) return { failure: { reason: 'unitNotFound', unitId } };
  const outcome = update(units[index] as Unit);
  if ('failure' in outcome) return outcome;
  return { units: withUnitAt(units, index, outcome.unit) };
}

function insert(units: readonly Unit[], index: number, unit: Unit): Step {
  if (index > units.length) return { failure: { reason: 'indexOutOfRange', index } };
  if (units.length >= MAX_UNITS) return { failure: { reason: 'tooManyUnits', limit: MAX_UNITS } };
  if (indexOf(units, unit.id) >= 0) {
    return { failure: { reason: 'duplicateUnitId', unitId: unit.id } };
  }
  return { units: [...units.slice(0, index), unit, ...units.slice(index)] };
}

function normalizedUnit(unit: Unit): Unit {
  return { ...unit, zh: normalizeRichText(unit.zh), en: normalizeRichText(unit.en) };
}

function withNote(unit: Unit, note: string | null): Unit {
  const { note: _previous, ...rest } = unit;
  return note === null || note.trim() === '' ? rest : { ...rest, note };
}
