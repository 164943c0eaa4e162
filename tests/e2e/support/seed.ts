import type { Channel } from '../../../shared/contract/channelNames';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestOf, ResponseOf } from '../../../shared/contract/contract';
import type { Edit } from '../../../shared/edits/edit';
import type { Unit } from '../../../shared/model/document';
import { PROGRAMME_SAMPLE_FILE, programmeSample } from '../../../shared/samples/programmeSample';
import { parseInlineMarkup } from '../../../shared/samples/inlineMarkup';
import { RESOURCES_DIR } from '../../support/paths';

/** Calls the browser host's API the way the renderer does: a JSON POST to /api/<channel>. */
export async function callHost<C extends Channel>(
  url: string,
  channel: C,
  body: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const response = await fetch(`${url}api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as ResponseOf<C>;
}

/**
 * Creates a document holding exactly `units`, through the host's API (what the editor saves
 * through), and returns its id. The host must be running at `url`.
 */
export async function seedDocument(
  url: string,
  request: RequestOf<'library.create'>,
  units: readonly Unit[],
): Promise<string> {
  const { id } = await callHost(url, 'library.create', request);
  const created = await callHost(url, 'document.get', { id });
  const edits: Edit[] = [
    ...units.map((unit, index): Edit => ({ op: 'insertUnit', index, unit })),
    // A new document starts with one empty unit; it goes.
    ...created.units.map((unit): Edit => ({ op: 'deleteUnit', unitId: unit.id })),
  ];
  await callHost(url, 'document.applyEdits', { id, baseRevision: created.revision, edits });
  return id;
}

/** The title grid tests give the flat copy of the programme sample. */
export const FLAT_PROGRAMME_TITLE = {
  zh: '第二十一届中国科协年会',
  en: 'The 21st Annual Meeting of the China Association for Science and Technology',
};

/**
 * The programme sample as the 13 flat units it was before it became a structured programme:
 * the four cover lines (title, hosts, city, date), then the English article — heading, three
 * paragraphs, four highlights, closing paragraph — with the Chinese waiting for translation.
 * Every unit a draft. For tests that drive the unit grid by unit number.
 */
export function flatProgrammeUnits(): Unit[] {
  let next = 0;
  const newId = () => `flat${(next += 1)}`;
  const source = readFileSync(join(RESOURCES_DIR, 'samples', PROGRAMME_SAMPLE_FILE), 'utf8');
  const sample = programmeSample(source, newId);
  const byId = new Map(sample.units.map((unit) => [unit.id, unit]));
  const article = (sample.programme?.introduction ?? []).flatMap((id) => byId.get(id) ?? []);
  const cover = [
    [
      '第二十一届中国科协年会',
      'The 21<sup>st</sup> Annual Meeting of the China Association for Science and Technology',
    ],
    ['中国科学技术协会 黑龙江省人民政府', ''],
    ['中国·哈尔滨', ''],
    ['2019年6月29日', ''],
  ].map(([zh = '', en = '']): Unit => ({
    id: newId(),
    zh: parseInlineMarkup(zh),
    en: parseInlineMarkup(en),
    status: 'draft',
  }));
  return [...cover, ...article.map((unit): Unit => ({ ...unit, status: 'draft' }))];
}

/** Seeds the flat programme as a Chinese-first text document and returns its id. */
export function seedFlatProgramme(url: string): Promise<string> {
  return seedDocument(
    url,
    { kind: 'text', title: FLAT_PROGRAMME_TITLE, sourceLanguage: 'zh' },
    flatProgrammeUnits(),
  );
}
