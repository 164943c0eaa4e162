import type { Language, Unit, UnitStatus } from '../model/document';
import type { Actor, HistoryEntry } from '../model/review';
import {
  isEmptyRichText,
  normalizeRichText,
  plainText,
  richTextEquals,
  type RichText,
} from '../model/richText';
import { joinPlain, joinRichText, splitRichText } from '../model/richTextOps';
import {
  isStale,
  mayApprove,
  roleLevel,
  statusAfterEdit,
  statusRank,
  targetSide,
} from './workflow';

/** Why a workflow change was refused. */
export type UnitChangeFailure =
  | { reason: 'emptyTarget'; unitId: string }
  | { reason: 'notAllowed'; unitId: string; role: Actor['role'] }
  | { reason: 'threadNotFound'; unitId: string; threadId: string }
  | { reason: 'offsetOutOfRange'; unitId: string; offset: number };

export type UnitChange = { unit: Unit } | { failure: UnitChangeFailure };

const stamp = (actor: Actor, at: string) => ({ by: actor.name, role: actor.role, at });

/**
 * A new text on one side. Editing the target of a confirmed unit lowers its status to the
 * editor's level (an approved unit edited by a translator is "translated" again) and records
 * who and when; the same text again changes nothing.
 */
export function withText(
  unit: Unit,
  side: Language,
  text: RichText,
  actor: Actor,
  at: string,
  sourceLanguage: Language,
): Unit {
  const normalized = normalizeRichText(text);
  if (richTextEquals(unit[side], normalized)) return unit;
  if (side !== targetSide(sourceLanguage)) return { ...unit, [side]: normalized };
  return {
    ...unit,
    [side]: normalized,
    status: statusAfterEdit(unit.status, actor.role),
    edited: stamp(actor, at),
  };
}

/**
 * A confirmation: the unit takes a status (the actor's level, or approved), the source it
 * was confirmed against is remembered (so a later change to it shows as stale), a rejection is
 * cleared, and the confirmed version of each side joins the history.
 */
function withStatus(
  unit: Unit,
  status: UnitStatus,
  actor: Actor,
  at: string,
  sourceLanguage: Language,
): UnitChange {
  if (isEmptyRichText(unit[targetSide(sourceLanguage)]))
    return { failure: { reason: 'emptyTarget', unitId: unit.id } };
  const { rejection: _cleared, ...rest } = unit;
  const confirmed: Unit = { ...rest, status, confirmedSource: plainText(unit[sourceLanguage]) };
  return { unit: { ...confirmed, history: withHistory(confirmed, actor, at, sourceLanguage) } };
}

export function confirmed(
  unit: Unit,
  actor: Actor,
  at: string,
  sourceLanguage: Language,
): UnitChange {
  return withStatus(unit, roleLevel(actor.role), actor, at, sourceLanguage);
}

export function approved(
  unit: Unit,
  actor: Actor,
  at: string,
  sourceLanguage: Language,
): UnitChange {
  if (!mayApprove(actor.role))
    return { failure: { reason: 'notAllowed', unitId: unit.id, role: actor.role } };
  return withStatus(unit, 'approved', actor, at, sourceLanguage);
}

export function rejected(unit: Unit, reason: string, actor: Actor, at: string): UnitChange {
  if (!mayApprove(actor.role))
    return { failure: { reason: 'notAllowed', unitId: unit.id, role: actor.role } };
  return {
    unit: {
      ...unit,
      status: 'rejected',
      rejection: { ...stamp(actor, at), reason: reason.trim() },
    },
  };
}

/** Appends the target as confirmed now, and the source if it changed since its last entry. */
function withHistory(
  unit: Unit,
  actor: Actor,
  at: string,
  sourceLanguage: Language,
): HistoryEntry[] {
  const history = [...(unit.history ?? [])];
  for (const side of [sourceLanguage, targetSide(sourceLanguage)]) {
    const last = history.findLast((entry) => entry.side === side);
    const isTarget = side !== sourceLanguage;
    if (last && richTextEquals(last.text, unit[side]) && (!isTarget || last.status === unit.status))
      continue;
    history.push({
      side,
      text: unit[side],
      status: unit.status,
      by: actor.name,
      role: actor.role,
      at,
    });
  }
  return history;
}

export function withComment(
  unit: Unit,
  threadId: string,
  commentId: string,
  text: string,
  actor: Actor,
  at: string,
): Unit {
  const comment = { id: commentId, author: actor.name, at, text: text.trim() };
  const threads = unit.comments ?? [];
  const existing = threads.find((thread) => thread.id === threadId);
  if (!existing) return { ...unit, comments: [...threads, { id: threadId, comments: [comment] }] };
  return {
    ...unit,
    comments: threads.map((thread) =>
      thread.id === threadId ? { ...thread, comments: [...thread.comments, comment] } : thread,
    ),
  };
}

export function withThreadResolved(
  unit: Unit,
  threadId: string,
  resolved: boolean,
  actor: Actor,
  at: string,
): UnitChange {
  const threads = unit.comments ?? [];
  if (!threads.some((thread) => thread.id === threadId)) {
    return { failure: { reason: 'threadNotFound', unitId: unit.id, threadId } };
  }
  return {
    unit: {
      ...unit,
      comments: threads.map((thread) => {
        if (thread.id !== threadId) return thread;
        const { resolved: _previous, ...open } = thread;
        return resolved ? { ...open, resolved: stamp(actor, at) } : open;
      }),
    },
  };
}

/**
 * Splits a unit at an offset on each side. The first part keeps the id, the note, the comments
 * and the history; both keep the status, each confirmed against its own part of the source,
 * unless the unit was stale: then neither part can claim a confirmation and both become drafts.
 */
export function split(
  unit: Unit,
  newUnitId: string,
  at: { zh: number; en: number },
  sourceLanguage: Language,
): [Unit, Unit] | UnitChangeFailure {
  for (const side of ['zh', 'en'] as const) {
    if (at[side] > plainText(unit[side]).length)
      return { reason: 'offsetOutOfRange', unitId: unit.id, offset: at[side] };
  }
  const [zh1, zh2] = splitRichText(unit.zh, at.zh);
  const [en1, en2] = splitRichText(unit.en, at.en);
  const stale = isStale(unit, sourceLanguage);
  const { confirmedSource: _old, ...rest } = unit;
  const status: UnitStatus = stale ? 'draft' : unit.status;
  const first: Unit = { ...rest, zh: zh1, en: en1, status };
  const second: Unit = { id: newUnitId, zh: zh2, en: en2, status };
  if (unit.confirmedSource !== undefined && !stale) {
    first.confirmedSource = plainText(first[sourceLanguage]);
    second.confirmedSource = plainText(second[sourceLanguage]);
  }
  return [first, second];
}

/** A unit and the next as one: texts joined, the weaker status, notes, comments and history kept. */
export function merged(first: Unit, second: Unit, sourceLanguage: Language): Unit {
  const status =
    statusRank(second.status) < statusRank(first.status) ? second.status : first.status;
  const unit: Unit = {
    id: first.id,
    zh: joinRichText(first.zh, second.zh, 'zh'),
    en: joinRichText(first.en, second.en, 'en'),
    status: first.status === 'rejected' || second.status === 'rejected' ? 'rejected' : status,
  };
  const note = [first.note, second.note].filter(Boolean).join('\n');
  if (note) unit.note = note;
  if (first.confirmedSource !== undefined && second.confirmedSource !== undefined) {
    unit.confirmedSource = joinPlain(first.confirmedSource, second.confirmedSource, sourceLanguage);
  }
  const rejection = first.rejection ?? second.rejection;
  if (rejection && unit.status === 'rejected') unit.rejection = rejection;
  const edited = [first.edited, second.edited]
    .filter((s) => s !== undefined)
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  if (edited) unit.edited = edited;
  const comments = [...(first.comments ?? []), ...(second.comments ?? [])];
  if (comments.length > 0) unit.comments = comments;
  const history = [...(first.history ?? []), ...(second.history ?? [])];
  if (history.length > 0) unit.history = history;
  return unit;
}
