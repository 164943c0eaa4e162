import type { DuizhaoDocument, Unit } from '../model/document';
import {
  emptyProgramme,
  type Day,
  type Organisation,
  type Person,
  type Programme,
  type Room,
  type Session,
  type TextPlace,
} from '../model/programme';

/** Every text of a programme once, in the order a reader meets it, with where it sits. */
export interface PlacedText {
  unitId: string;
  place: TextPlace;
}

/**
 * The programme's texts in reading order: the cover (edition, title, theme, organisers, city,
 * venue), the introduction, then day by day each session — its title, room, chairs and
 * moderators, talks and speakers, note. An entity's texts come where it is first mentioned;
 * people, rooms and organisations nobody mentions come last. The grid lists units in this order.
 */
export function textsInReadingOrder(programme: Programme): PlacedText[] {
  const placed: PlacedText[] = [];
  const seen = new Set<string>();
  const add = (unitId: string | undefined, place: TextPlace): void => {
    if (unitId === undefined || seen.has(unitId)) return;
    seen.add(unitId);
    placed.push({ unitId, place });
  };
  const registry = registryOf(programme);
  const mentioned = new Set<string>();
  const person = (id: string): void => {
    const found = registry.people.get(id);
    if (!found || mentioned.has(id)) return;
    mentioned.add(id);
    add(found.name, { in: 'person', personId: id, field: 'name' });
    add(found.title, { in: 'person', personId: id, field: 'title' });
    add(found.affiliation, { in: 'person', personId: id, field: 'affiliation' });
  };
  const room = (id: string | undefined): void => {
    const found = id === undefined ? undefined : registry.rooms.get(id);
    if (!found || mentioned.has(found.id)) return;
    mentioned.add(found.id);
    add(found.name, { in: 'room', roomId: found.id, field: 'name' });
    add(found.location, { in: 'room', roomId: found.id, field: 'location' });
  };
  const organisation = (id: string): void => {
    const found = registry.organisations.get(id);
    if (!found || mentioned.has(id)) return;
    mentioned.add(id);
    add(found.name, { in: 'organisation', organisationId: id, field: 'name' });
    add(found.shortName, { in: 'organisation', organisationId: id, field: 'shortName' });
  };

  add(programme.edition, { in: 'programme', field: 'edition' });
  add(programme.title, { in: 'programme', field: 'title' });
  add(programme.theme, { in: 'programme', field: 'theme' });
  for (const organiser of programme.organisers) organisation(organiser.organisationId);
  add(programme.city, { in: 'programme', field: 'city' });
  add(programme.venue, { in: 'programme', field: 'venue' });
  programme.introduction.forEach((unitId, index) => add(unitId, { in: 'introduction', index }));
  for (const day of programme.days) {
    for (const session of day.sessions) {
      add(session.title, { in: 'session', sessionId: session.id, field: 'title' });
      room(session.roomId);
      session.chairs.forEach(person);
      session.moderators.forEach(person);
      for (const talk of session.items) {
        add(talk.title, { in: 'talk', sessionId: session.id, talkId: talk.id });
        talk.speakers.forEach(person);
      }
      add(session.note, { in: 'session', sessionId: session.id, field: 'note' });
    }
  }
  for (const found of programme.people) person(found.id);
  for (const found of programme.rooms) room(found.id);
  for (const found of programme.organisations) organisation(found.id);
  return placed;
}

/**
 * A programme's units in reading order (so the grid reads like the booklet); units the
 * programme does not name keep their order at the end.
 */
export function unitsInReadingOrder(units: readonly Unit[], programme: Programme): Unit[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const ordered = textsInReadingOrder(programme).flatMap(({ unitId }) => byId.get(unitId) ?? []);
  const placed = new Set(ordered);
  return [...ordered, ...units.filter((unit) => !placed.has(unit))];
}

export interface Registry {
  people: ReadonlyMap<string, Person>;
  rooms: ReadonlyMap<string, Room>;
  organisations: ReadonlyMap<string, Organisation>;
}

const registries = new WeakMap<Programme, Registry>();

/** People, rooms and organisations by id; made once per programme value. */
export function registryOf(programme: Programme): Registry {
  let registry = registries.get(programme);
  if (!registry) {
    registry = {
      people: new Map(programme.people.map((person) => [person.id, person])),
      rooms: new Map(programme.rooms.map((room) => [room.id, room])),
      organisations: new Map(programme.organisations.map((found) => [found.id, found])),
    };
    registries.set(programme, registry);
  }
  return registry;
}

export interface SessionAt {
  day: Day;
  dayIndex: number;
  session: Session;
  index: number;
}

/** Every session with its day, in programme order. */
export function allSessions(programme: Programme): SessionAt[] {
  return programme.days.flatMap((day, dayIndex) =>
    day.sessions.map((session, index) => ({ day, dayIndex, session, index })),
  );
}

export function findSession(programme: Programme, sessionId: string): SessionAt | undefined {
  return allSessions(programme).find((found) => found.session.id === sessionId);
}

/** The ids of everyone a session names: chairs, moderators and speakers. */
export function peopleOfSession(session: Session): string[] {
  return [
    ...new Set([
      ...session.chairs,
      ...session.moderators,
      ...session.items.flatMap((talk) => talk.speakers),
    ]),
  ];
}

/**
 * What is wrong with a programme's references, if anything: a text whose unit is missing or
 * that two places share, an id used twice, a person, room or organisation that is not in its
 * registry. A document with such a programme is refused, never half-shown.
 */
export function referenceProblems(
  programme: Programme,
  hasUnit: (id: string) => boolean,
): string[] {
  const problems: string[] = [];
  const texts = new Set<string>();
  const countText = (unitId: string | undefined, where: string): void => {
    if (unitId === undefined) return;
    if (!hasUnit(unitId)) problems.push(`${where}: unit ${unitId} does not exist`);
    if (texts.has(unitId)) problems.push(`${where}: unit ${unitId} is used twice`);
    texts.add(unitId);
  };
  const ids = new Set<string>();
  const countId = (id: string, where: string): void => {
    if (ids.has(id)) problems.push(`${where}: id ${id} is used twice`);
    ids.add(id);
  };
  const registry = registryOf(programme);
  const needs = (map: ReadonlyMap<string, unknown>, id: string, where: string): void => {
    if (!map.has(id)) problems.push(`${where}: ${id} is not in the registry`);
  };

  for (const field of ['edition', 'title', 'theme', 'city', 'venue'] as const) {
    countText(programme[field], field);
  }
  programme.introduction.forEach((unitId, i) => countText(unitId, `introduction ${i + 1}`));
  for (const person of programme.people) {
    countId(person.id, 'person');
    countText(person.name, `person ${person.id}`);
    countText(person.title, `person ${person.id}`);
    countText(person.affiliation, `person ${person.id}`);
  }
  for (const room of programme.rooms) {
    countId(room.id, 'room');
    countText(room.name, `room ${room.id}`);
    countText(room.location, `room ${room.id}`);
  }
  for (const found of programme.organisations) {
    countId(found.id, 'organisation');
    countText(found.name, `organisation ${found.id}`);
    countText(found.shortName, `organisation ${found.id}`);
  }
  for (const organiser of programme.organisers) {
    needs(registry.organisations, organiser.organisationId, 'organiser');
  }
  for (const day of programme.days) {
    countId(day.id, 'day');
    for (const session of day.sessions) {
      const where = `session ${session.id}`;
      countId(session.id, 'session');
      countText(session.title, where);
      countText(session.note, where);
      if (session.roomId !== undefined) needs(registry.rooms, session.roomId, where);
      for (const id of [...session.chairs, ...session.moderators]) {
        needs(registry.people, id, where);
      }
      for (const talk of session.items) {
        countId(talk.id, 'talk');
        countText(talk.title, `talk ${talk.id}`);
        for (const id of talk.speakers) needs(registry.people, id, `talk ${talk.id}`);
      }
    }
  }
  return problems;
}

/**
 * A programme document's structure. One made before structures existed (or not yet edited as a
 * programme) reads as an empty programme whose introduction is all its units, so nothing is
 * lost when it is first edited.
 */
export function programmeOf(document: DuizhaoDocument): Programme {
  if (document.programme) return document.programme;
  let derived = derivedProgrammes.get(document.units);
  if (!derived) {
    derived = { ...emptyProgramme(), introduction: document.units.map((unit) => unit.id) };
    derivedProgrammes.set(document.units, derived);
  }
  return derived;
}
const derivedProgrammes = new WeakMap<readonly Unit[], Programme>();
