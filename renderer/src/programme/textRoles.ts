import type { TFunction } from 'i18next';
import type { DuizhaoDocument } from '../../../shared/model/document';
import type { TextPlace } from '../../../shared/model/programme';
import { programmeOf, textsInReadingOrder } from '../../../shared/programme/structure';

/** What a text is in the programme, in a word or two: for the grid, where a row is only text. */
function roleKey(place: TextPlace) {
  switch (place.in) {
    case 'programme':
      return (
        {
          edition: 'programme.textRole.edition',
          title: 'programme.textRole.title',
          theme: 'programme.textRole.theme',
          city: 'programme.textRole.city',
          venue: 'programme.textRole.venue',
        } as const
      )[place.field];
    case 'introduction':
      return 'programme.textRole.introduction';
    case 'session':
      return place.field === 'title'
        ? 'programme.textRole.sessionTitle'
        : 'programme.textRole.sessionNote';
    case 'talk':
      return 'programme.textRole.talkTitle';
    case 'person':
      return (
        {
          name: 'programme.textRole.personName',
          title: 'programme.textRole.personTitle',
          affiliation: 'programme.textRole.personAffiliation',
        } as const
      )[place.field];
    case 'room':
      return place.field === 'name'
        ? 'programme.textRole.roomName'
        : 'programme.textRole.roomLocation';
    case 'organisation':
      return place.field === 'name'
        ? 'programme.textRole.organisationName'
        : 'programme.textRole.organisationShortName';
  }
}

/**
 * Each programme text's role by unit id, so a translator in the grid sees that a row is a
 * person's name or a room, not just words. Empty for other documents.
 */
export function textRoles(document: DuizhaoDocument, t: TFunction): ReadonlyMap<string, string> {
  if (document.kind !== 'programme') return new Map();
  return new Map(
    textsInReadingOrder(programmeOf(document)).map(({ unitId, place }) => [
      unitId,
      t(roleKey(place)),
    ]),
  );
}
