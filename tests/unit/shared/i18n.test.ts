import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/contract/channelNames';
import { ERROR_CODES } from '../../../shared/contract/errors';
import { resources } from '../../../shared/i18n/resources';
import { DOCUMENT_KINDS, LANGUAGES, UNIT_STATUSES } from '../../../shared/model/document';
import { STORAGE_PROBLEM_REASONS } from '../../../shared/model/library';
import {
  NAME_ORDERS,
  ORGANISATION_ROLES,
  PROGRAMME_FIELDS,
  SESSION_KINDS,
} from '../../../shared/model/programme';
import { ISSUE_CODES } from '../../../shared/programme/checks';
import { ROLES } from '../../../shared/model/review';
import { UI_LANGUAGES } from '../../../shared/model/settings';
import { REPO_ROOT } from '../../support/paths';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') keys.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value as object, `${prefix}${key}.`)) keys.set(k, v);
  }
  return keys;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const en = flatten(resources.en.translation);
const zh = flatten(resources['zh-CN'].translation);

/** Messages chosen at run time from an enumeration: the enumeration and the keys must agree. */
const FAMILIES: Array<[string, readonly string[]]> = [
  ['kind.', DOCUMENT_KINDS],
  ['status.', UNIT_STATUSES],
  ['language.', LANGUAGES],
  ['languageName.', UI_LANGUAGES],
  ['problems.reason.', STORAGE_PROBLEM_REASONS],
  ['errors.', ERROR_CODES],
  ['review.roles.', ROLES],
  ['programme.kind.', SESSION_KINDS],
  ['programme.role.', ORGANISATION_ROLES],
  ['programme.nameOrder.', NAME_ORDERS],
  ['programme.check.', ISSUE_CODES],
  [
    'programme.field.',
    [...PROGRAMME_FIELDS, 'startDate', 'endDate', 'timeZone', 'organisers', 'introduction'],
  ],
  ['programme.place.person.', ['name', 'title', 'affiliation']],
  ['programme.place.room.', ['name', 'location']],
  ['programme.place.organisation.', ['name', 'shortName']],
  ['programme.view.', ['label', 'programme', 'grid']],
  ['programme.export.', ['label', 'json', 'csv', 'tsv']],
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = ['shared', 'renderer/src', 'electron']
  .flatMap((folder) => sourceFiles(join(REPO_ROOT, folder)))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

describe('UI strings', () => {
  it('zh-CN has exactly the keys of en (Chinese needs only the _other plural)', () => {
    const enBases = new Set([...en.keys()].map(base));
    const zhBases = new Set([...zh.keys()].map(base));
    expect([...zhBases].sort()).toEqual([...enBases].sort());
    for (const key of zh.keys()) {
      if (PLURAL.test(key)) expect(key, 'Chinese plurals use _other only').toMatch(/_other$/);
    }
  });

  it('has no empty message and the same placeholders in both languages', () => {
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      const chinese = zh.get(key) ?? zh.get(key.replace(PLURAL, '_other'));
      expect(chinese?.trim(), key).toBeTruthy();
      expect(placeholders(chinese ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('has a message for every member of each enumeration shown in the UI', () => {
    for (const [prefix, members] of FAMILIES) {
      const keys = [...en.keys()].filter(
        (key) => key.startsWith(prefix) && !key.slice(prefix.length).includes('.'),
      );
      expect(keys.map((key) => key.slice(prefix.length)).sort(), prefix).toEqual(
        [...members].sort(),
      );
    }
  });

  it('uses every key, and every key the code names exists', () => {
    const inFamily = (key: string) => FAMILIES.some(([prefix]) => key.startsWith(prefix));
    const unused = [...new Set([...en.keys()].map(base))].filter(
      (key) => !inFamily(key) && !sources.includes(`'${key}'`),
    );
    expect(unused, 'keys no code uses').toEqual([]);

    const namespaces = new Set([...en.keys()].map((key) => key.split('.')[0]));
    const named = [...sources.matchAll(/['`]([a-z][A-Za-z]*(?:\.[A-Za-z-]+)+)['`]/g)]
      .map((match) => match[1] as string)
      .filter(
        (key) =>
          namespaces.has(key.split('.')[0]) && !(CHANNELS as readonly string[]).includes(key),
      );
    const bases = new Set([...en.keys()].map(base));
    const missing = [...new Set(named)].filter(
      (key) => !bases.has(key) && !/\.(ts|tsx|json|js)$/.test(key),
    );
    expect(missing, 'keys the code names that no language has').toEqual([]);
  });
});
