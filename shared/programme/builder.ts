import type { Unit } from '../model/document';
import {
  emptyProgramme,
  type NameOrder,
  type Organisation,
  type Person,
  type Programme,
  type Room,
} from '../model/programme';
import { normalizeRichText, plainText, type RichText } from '../model/richText';
import { foldForMatch } from './entityMatch';

/** A text in both languages, as rich text or plain strings; either side may be empty. */
export interface BilingualInput {
  zh?: RichText | string;
  en?: RichText | string;
}

const rich = (text: RichText | string | undefined): RichText =>
  text === undefined ? [] : typeof text === 'string' ? (text ? [{ text }] : []) : text;

/**
 * Builds a programme and its units from plain values: what an import or a sample does. Texts
 * become draft units; people, rooms and organisations are found by name in either language
 * (so one spelling is one entity) or created.
 */
export class ProgrammeBuilder {
  readonly programme: Programme = emptyProgramme();
  readonly units: Unit[] = [];
  private readonly unitsById = new Map<string, Unit>();

  constructor(private readonly newId: () => string) {}

  /** A new unit for a text; undefined when both sides are empty (the field stays unset). */
  text(input: BilingualInput | undefined): string | undefined {
    const zh = normalizeRichText(rich(input?.zh));
    const en = normalizeRichText(rich(input?.en));
    if (zh.length === 0 && en.length === 0) return undefined;
    const unit: Unit = { id: this.newId(), zh, en, status: 'draft' };
    this.units.push(unit);
    this.unitsById.set(unit.id, unit);
    return unit.id;
  }

  person(
    name: BilingualInput,
    details: { nameOrder?: NameOrder; title?: BilingualInput; affiliation?: BilingualInput } = {},
  ): Person {
    const found = this.find(this.programme.people, name);
    if (found) return found;
    const person: Person = {
      id: this.newId(),
      name: this.text(name) ?? this.emptyText(),
      nameOrder: details.nameOrder ?? 'surnameFirst',
    };
    const title = this.text(details.title);
    const affiliation = this.text(details.affiliation);
    if (title !== undefined) person.title = title;
    if (affiliation !== undefined) person.affiliation = affiliation;
    this.programme.people.push(person);
    return person;
  }

  room(name: BilingualInput, location?: BilingualInput): Room {
    const found = this.find(this.programme.rooms, name);
    if (found) return found;
    const room: Room = { id: this.newId(), name: this.text(name) ?? this.emptyText() };
    const where = this.text(location);
    if (where !== undefined) room.location = where;
    this.programme.rooms.push(room);
    return room;
  }

  organisation(name: BilingualInput, shortName?: BilingualInput): Organisation {
    const found = this.find(this.programme.organisations, name);
    if (found) return found;
    const organisation: Organisation = {
      id: this.newId(),
      name: this.text(name) ?? this.emptyText(),
    };
    const short = this.text(shortName);
    if (short !== undefined) organisation.shortName = short;
    this.programme.organisations.push(organisation);
    return organisation;
  }

  /**
   * The registry entry this name means (full-width folded, any case): each side given must
   * equal the entry's, or the entry must not have that side yet. So 王芳 / Wang Fang and
   * 汪芳 / Wang Fang stay two people (pinyin is shared by many names), while 王芳 alone and
   * then 王芳 / Wang Fang are one.
   */
  private find<T extends { name: string }>(entries: T[], name: BilingualInput): T | undefined {
    const wanted = {
      zh: foldForMatch(plainText(rich(name.zh))),
      en: foldForMatch(plainText(rich(name.en))),
    };
    if (wanted.zh === '' && wanted.en === '') return undefined;
    const one = wanted.zh === '' ? wanted.en : wanted.en === '' ? wanted.zh : null;
    return entries.find((entry) => {
      const unit = this.unitsById.get(entry.name);
      if (!unit) return false;
      // One name alone finds the entity in either language (typed in the other column, say).
      if (one !== null) {
        return [plainText(unit.zh), plainText(unit.en)].map(foldForMatch).includes(one);
      }
      let equal = 0;
      for (const side of ['zh', 'en'] as const) {
        const have = foldForMatch(plainText(unit[side]));
        if (wanted[side] === '' || have === '') continue;
        if (have !== wanted[side]) return false;
        equal += 1;
      }
      return equal > 0;
    });
  }

  /** Every entity has a name unit, even one created before its name is known. */
  private emptyText(): string {
    const unit: Unit = { id: this.newId(), zh: [], en: [], status: 'draft' };
    this.units.push(unit);
    this.unitsById.set(unit.id, unit);
    return unit.id;
  }
}
