import { useMemo } from 'react';
import {
  indexOfUnit,
  type DuizhaoDocument,
  type Language,
  type Unit,
} from '../../../shared/model/document';
import type { Programme } from '../../../shared/model/programme';
import { plainText } from '../../../shared/model/richText';
import { withPlainText } from '../../../shared/model/richTextOps';
import { containsHan } from '../../../shared/samples/sampleDocument';
import { programmeOf } from '../../../shared/programme/structure';
import type { EntityOption } from './EntityPicker';
import type { ProgrammeEditing } from './programmeEditing';

/** What the programme view's forms read and write, made once per document snapshot. */
export interface ProgrammeModel {
  document: DuizhaoDocument;
  programme: Programme;
  unit: (unitId: string | undefined) => Unit | undefined;
  text: (unitId: string | undefined, side: Language) => string;
  people: EntityOption[];
  rooms: EntityOption[];
  organisations: EntityOption[];
}

export function useProgrammeModel(document: DuizhaoDocument): ProgrammeModel {
  return useMemo(() => {
    const programme = programmeOf(document);
    const unit = (unitId: string | undefined) =>
      unitId === undefined ? undefined : document.units[indexOfUnit(document.units, unitId)];
    const text = (unitId: string | undefined, side: Language) => {
      const found = unit(unitId);
      return found ? plainText(found[side]) : '';
    };
    const option = (entity: { id: string; name: string }): EntityOption => ({
      id: entity.id,
      zh: text(entity.name, 'zh'),
      en: text(entity.name, 'en'),
    });
    return {
      document,
      programme,
      unit,
      text,
      people: programme.people.map(option),
      rooms: programme.rooms.map(option),
      organisations: programme.organisations.map(option),
    };
  }, [document]);
}

/**
 * What typing into a text field does: set the unit's text, or — for a text not written yet —
 * create its unit and attach it where `attach` says, in one step.
 */
export function typeInto(
  editing: ProgrammeEditing,
  unitId: string | undefined,
  attach: (draft: Programme, newUnitId: string) => void,
) {
  return (side: Language, plain: string): void => {
    const live = editing.liveUnit(unitId);
    const text = withPlainText(live?.[side] ?? [], plain);
    if (live) editing.setText(live.id, side, text);
    else editing.change((draft, newText) => attach(draft, newText({ [side]: text })));
  };
}

/** A name typed into a picker: Chinese if it has Han characters, else English. */
export function nameFromTyping(typed: string) {
  return containsHan(typed) ? { zh: [{ text: typed }] } : { en: [{ text: typed }] };
}
