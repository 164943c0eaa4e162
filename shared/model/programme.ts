import { z } from 'zod';
import { idSchema } from './identifiers';

/**
 * A meeting programme's structure (CONVENTIONS.md): the event, its days and sessions, and
 * registries of people, rooms and organisations. The structure holds no text of its own:
 * every text — a title, a name, a room — is a unit of the document, named here by id, so it
 * is translated, reviewed and approved in the grid like any other unit. An entity's texts are
 * one set of units however many sessions refer to the entity: translated once, shown everywhere.
 */

export const SESSION_KINDS = [
  'opening',
  'plenary',
  'forum',
  'subForum',
  'panel',
  'break',
  'meal',
  'visit',
  'other',
] as const;
export const sessionKindSchema = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof sessionKindSchema>;

/** 主办 host, 承办 organiser, 协办 co-organiser, 支持 supporter. */
export const ORGANISATION_ROLES = ['host', 'organiser', 'coOrganiser', 'supporter'] as const;
export const organisationRoleSchema = z.enum(ORGANISATION_ROLES);
export type OrganisationRole = z.infer<typeof organisationRoleSchema>;

/** How a person's English name is written: Wang Fang (surname first) or Fang Wang. */
export const NAME_ORDERS = ['surnameFirst', 'givenFirst'] as const;
export const nameOrderSchema = z.enum(NAME_ORDERS);
export type NameOrder = z.infer<typeof nameOrderSchema>;

/** A calendar date, 2019-06-29: the event's own, with no time zone arithmetic. */
export const dateSchema = z.iso.date();
/** A wall-clock time at the venue, 24-hour: 14:00. */
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM');

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isKnownTimeZone, { message: 'expected an IANA time zone such as Asia/Shanghai' });
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A unit of the document holding this text. Optional texts get their unit when first typed. */
const text = idSchema;
const MAX_REFS = 500;

export const personSchema = z
  .object({
    id: idSchema,
    name: text,
    nameOrder: nameOrderSchema,
    /** Honorific or title: 院士 / Academician, 常务副主席 / Executive Vice President. */
    title: text.optional(),
    affiliation: text.optional(),
  })
  .strict();
export type Person = z.infer<typeof personSchema>;

export const roomSchema = z
  .object({ id: idSchema, name: text, location: text.optional() })
  .strict();
export type Room = z.infer<typeof roomSchema>;

export const organisationSchema = z
  .object({ id: idSchema, name: text, shortName: text.optional() })
  .strict();
export type Organisation = z.infer<typeof organisationSchema>;

/** A talk or other item in a session; its times are optional (many programmes give none). */
export const talkSchema = z
  .object({
    id: idSchema,
    title: text.optional(),
    start: timeSchema.optional(),
    end: timeSchema.optional(),
    speakers: z.array(idSchema).max(MAX_REFS),
  })
  .strict();
export type Talk = z.infer<typeof talkSchema>;

export const sessionSchema = z
  .object({
    id: idSchema,
    kind: sessionKindSchema,
    title: text.optional(),
    start: timeSchema.optional(),
    end: timeSchema.optional(),
    roomId: idSchema.optional(),
    chairs: z.array(idSchema).max(MAX_REFS),
    moderators: z.array(idSchema).max(MAX_REFS),
    items: z.array(talkSchema).max(MAX_REFS),
    /** Interpretation, dress code, "by invitation": anything else the reader should know. */
    note: text.optional(),
  })
  .strict();
export type Session = z.infer<typeof sessionSchema>;

export const daySchema = z
  .object({
    id: idSchema,
    date: dateSchema.optional(),
    sessions: z.array(sessionSchema).max(MAX_REFS),
  })
  .strict();
export type Day = z.infer<typeof daySchema>;

export const organiserSchema = z
  .object({ role: organisationRoleSchema, organisationId: idSchema })
  .strict();
export type Organiser = z.infer<typeof organiserSchema>;

export const programmeSchema = z
  .object({
    /** 第二十一届 / 21st: the cover reads edition + title (The 21st Annual Meeting of …). */
    edition: text.optional(),
    title: text.optional(),
    theme: text.optional(),
    city: text.optional(),
    venue: text.optional(),
    startDate: dateSchema.optional(),
    endDate: dateSchema.optional(),
    timeZone: timeZoneSchema,
    organisers: z.array(organiserSchema).max(MAX_REFS),
    /** Paragraphs before the agenda: a welcome, an introduction to the meeting. */
    introduction: z.array(text).max(10_000),
    days: z.array(daySchema).max(366),
    people: z.array(personSchema).max(20_000),
    rooms: z.array(roomSchema).max(MAX_REFS),
    organisations: z.array(organisationSchema).max(MAX_REFS),
  })
  .strict();
export type Programme = z.infer<typeof programmeSchema>;

export function emptyProgramme(): Programme {
  return {
    timeZone: DEFAULT_TIME_ZONE,
    organisers: [],
    introduction: [],
    days: [],
    people: [],
    rooms: [],
    organisations: [],
  };
}

export const PROGRAMME_FIELDS = ['edition', 'title', 'theme', 'city', 'venue'] as const;
export type ProgrammeField = (typeof PROGRAMME_FIELDS)[number];
export type PersonField = 'name' | 'title' | 'affiliation';
export type RoomField = 'name' | 'location';
export type OrganisationField = 'name' | 'shortName';

/** Where a text sits in the programme: for labels in the grid and for jumping to it. */
export type TextPlace =
  | { in: 'programme'; field: ProgrammeField }
  | { in: 'introduction'; index: number }
  | { in: 'session'; sessionId: string; field: 'title' | 'note' }
  | { in: 'talk'; sessionId: string; talkId: string }
  | { in: 'person'; personId: string; field: PersonField }
  | { in: 'room'; roomId: string; field: RoomField }
  | { in: 'organisation'; organisationId: string; field: OrganisationField };
