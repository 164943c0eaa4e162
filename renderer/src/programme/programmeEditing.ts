import type { Edit } from '../../../shared/edits/edit';
import { indexOfUnit, type Language, type Unit } from '../../../shared/model/document';
import { makeId } from '../../../shared/model/ids';
import { programmeSchema, type Programme } from '../../../shared/model/programme';
import type { Actor } from '../../../shared/model/review';
import type { RichText } from '../../../shared/model/richText';
import { programmeOf, textsInReadingOrder } from '../../../shared/programme/structure';
import { sameValue, type DocumentSession } from '../editor/documentSession';

export const newId = (): string => makeId((array) => crypto.getRandomValues(array));

export type NewText = (text?: { zh?: RichText; en?: RichText }) => string;

/**
 * How the programme view changes a document, as edits through the same session (so undo, the
 * journal and autosave work as in the grid): typing sets a unit's text; anything else replaces
 * the structure in one step, with the units it adds inserted first and the texts it no longer
 * names deleted after.
 */
export class ProgrammeEditing {
  constructor(
    private readonly session: DocumentSession,
    private readonly actor: () => Actor,
  ) {}

  get programme(): Programme {
    return programmeOf(this.session.current);
  }

  /** Changes the structure: `mutate` edits a copy, calling newText for each text it adds. */
  change(mutate: (draft: Programme, newText: NewText) => void): boolean {
    const current = this.programme;
    const draft = structuredClone(current);
    const inserts: Edit[] = [];
    const base = this.session.current.units.length;
    const newText: NewText = (text) => {
      const unit: Unit = { id: newId(), zh: text?.zh ?? [], en: text?.en ?? [], status: 'draft' };
      inserts.push({ op: 'insertUnit', index: base + inserts.length, unit });
      return unit.id;
    };
    mutate(draft, newText);
    // Nothing changed (a field left as it was): no undo step, no save.
    if (inserts.length === 0 && sameValue(draft, current)) return true;
    // What the service would refuse must not get this far: a refused batch blocks every save
    // after it (a browser's date field, for one, takes a six-digit year).
    if (!programmeSchema.safeParse(draft).success) return false;
    const kept = new Set(textsInReadingOrder(draft).map((text) => text.unitId));
    const deletes: Edit[] = textsInReadingOrder(current)
      .filter((text) => !kept.has(text.unitId))
      .map((text) => ({ op: 'deleteUnit', unitId: text.unitId }));
    this.session.sealUndoStep();
    return this.session.apply([...inserts, { op: 'setProgramme', programme: draft }, ...deletes])
      .ok;
  }

  /** The unit as it is now (the screen may lag typing by a moment). */
  liveUnit(unitId: string | undefined): Unit | undefined {
    if (unitId === undefined) return undefined;
    const { units } = this.session.current;
    return units[indexOfUnit(units, unitId)];
  }

  /** Shows everything typed so far: when a field loses focus. */
  settle(): void {
    this.session.publishPending();
  }

  /** Typing in a field: consecutive keystrokes in one field undo together. */
  setText(unitId: string, side: Language, text: RichText): void {
    this.session.apply(
      { op: 'setText', unitId, side, text, actor: this.actor(), at: new Date().toISOString() },
      { group: `field:${unitId}:${side}` },
    );
  }
}
