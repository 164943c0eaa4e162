import { printWord } from './printWords';
import type { DuizhaoDocument, Language } from '../model/document';
import type { OrganisationRole, Programme } from '../model/programme';
import { formatDateRange } from '../programme/dates';
import { registryOf } from '../programme/structure';
import { LANGS, langAttributes, words, type Bilingual, type PrintTexts } from './bilingual';
import { escapeHtml } from './html';
import { makeBlock, type PagedBlock } from './pagedHtml';
import type { PrintKey } from './printWords';

/** Roles after the hosts, labelled on the cover; the hosts lead, unlabelled, as is usual. */
const LABELLED_ROLES: ReadonlyArray<[OrganisationRole, PrintKey]> = [
  ['organiser', 'print.role.organiser'],
  ['coOrganiser', 'print.role.coOrganiser'],
  ['supporter', 'print.role.supporter'],
];

/** Both languages, Chinese above English, each its own paragraph; an empty side is left out. */
function chineseOverEnglish(className: string, text: Bilingual | undefined): string {
  if (!text) return '';
  const sides = LANGS.filter((lang) => text[lang] !== '').map(
    (lang) => `<p ${langAttributes(lang)}>${text[lang]}</p>`,
  );
  return sides.length > 0 ? `<div class="${className}">${sides.join('')}</div>` : '';
}

/**
 * The event's name as the cover prints it: edition and title run together in Chinese
 * (第二十一届中国科协年会), "The " + edition + " " + title in English (The 21st Annual
 * Meeting of …). Without a title, the document's own title.
 */
function eventName(document: DuizhaoDocument, programme: Programme, texts: PrintTexts): Bilingual {
  const title = texts.pair(programme.title) ?? {
    zh: document.title.zh ? escapeHtml(document.title.zh) : texts.missing('zh'),
    en: document.title.en ? escapeHtml(document.title.en) : texts.missing('en'),
  };
  const edition = texts.pair(programme.edition);
  const name = (lang: 'zh' | 'en') => {
    const part = edition?.[lang];
    const whole = title[lang];
    return part && whole
      ? printWord('print.editionTitle', lang, { edition: part, title: whole })
      : whole;
  };
  return { zh: name('zh'), en: name('en') };
}

/** Organisations' names, each kept whole on a line; the layout puts the gaps between them. */
function organisationNames(
  programme: Programme,
  texts: PrintTexts,
  role: OrganisationRole,
): Bilingual | undefined {
  const registry = registryOf(programme);
  const names = programme.organisers
    .filter((organiser) => organiser.role === role)
    .map((organiser) => texts.pair(registry.organisations.get(organiser.organisationId)?.name))
    .filter((name) => name !== undefined);
  if (names.length === 0) return undefined;
  const side = (lang: Language) =>
    names.map((name) => `<span class="dz-organisation">${name[lang]}</span>`).join('');
  return { zh: side('zh'), en: side('en') };
}

/** The first and last dates of the event: its own, or else its days'. */
function eventDates(programme: Programme): { start?: string; end?: string } {
  const dated = programme.days.flatMap((day) => (day.date === undefined ? [] : [day.date]));
  return { start: programme.startDate ?? dated[0], end: programme.endDate ?? dated.at(-1) };
}

/**
 * The cover, a page of its own: the event's name and theme at the top, the hosts and other
 * organisers in the middle, the place and dates at the foot, everything centred.
 */
export function coverBlock(
  document: DuizhaoDocument,
  programme: Programme,
  texts: PrintTexts,
): PagedBlock {
  const name = eventName(document, programme, texts);
  const head = [
    `<h1 class="dz-cover-title">${LANGS.map((lang) => `<span ${langAttributes(lang)}>${name[lang]}</span>`).join('')}</h1>`,
    '<div class="dz-cover-rule"></div>',
    chineseOverEnglish('dz-cover-theme', texts.pair(programme.theme)),
  ];

  const organisers = [
    chineseOverEnglish('dz-cover-hosts', organisationNames(programme, texts, 'host')),
  ];
  for (const [role, key] of LABELLED_ROLES) {
    const names = organisationNames(programme, texts, role);
    if (!names) continue;
    const label = words(key);
    organisers.push(
      `<div class="dz-cover-role">${chineseOverEnglish('dz-cover-role-label', label)}${chineseOverEnglish('dz-cover-role-names', names)}</div>`,
    );
  }

  const { start, end } = eventDates(programme);
  const dates =
    start === undefined
      ? undefined
      : {
          zh: escapeHtml(formatDateRange(start, end, 'zh')),
          en: escapeHtml(formatDateRange(start, end, 'en')),
        };
  const foot = [
    chineseOverEnglish('dz-cover-city', texts.pair(programme.city)),
    chineseOverEnglish('dz-cover-venue', texts.pair(programme.venue)),
    chineseOverEnglish('dz-cover-dates', dates),
  ];

  const part = (className: string, parts: string[]) =>
    `<div class="${className}">${parts.join('')}</div>`;
  return makeBlock({
    id: 'cover',
    page: 'cover',
    tag: 'header',
    className: 'dz-cover',
    content: [
      part('dz-cover-head', head),
      part('dz-cover-organisers', organisers),
      part('dz-cover-foot', foot),
    ].join(''),
  });
}
