import { describe, expect, it } from 'vitest';
import { documentSchema, idSchema, migrateDocument } from '../../../shared/model/document';
import { newDocument } from '../../../shared/model/newDocument';
import { readVersioned } from '../../../shared/model/versioned';
import { z } from 'zod';

const now = new Date('2026-11-21T09:00:00.000Z');
const sample = () =>
  newDocument(
    { kind: 'text', title: { zh: '标题', en: 'Title' }, sourceLanguage: 'zh' },
    { document: 'doc1', firstUnit: 'u1' },
    now,
  );

describe('document model', () => {
  it('creates a valid document with one empty draft unit to type in', () => {
    const document = sample();
    expect(documentSchema.parse(document)).toEqual(document);
    expect(document.units).toEqual([{ id: 'u1', zh: [], en: [], status: 'draft' }]);
    expect(document.revision).toBe(0);
  });

  it('refuses ids that could form a path', () => {
    for (const bad of ['../x', 'a/b', '', '.hidden', 'a b', 'x'.repeat(65), 'C:\\x']) {
      expect(idSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(idSchema.safeParse('abc-123_X').success).toBe(true);
  });

  it('refuses duplicate unit ids, a title with no language and unknown fields', () => {
    const document = sample();
    const twice = { ...document, units: [...document.units, ...document.units] };
    expect(documentSchema.safeParse(twice).success).toBe(false);
    expect(documentSchema.safeParse({ ...document, title: { zh: ' ', en: '' } }).success).toBe(
      false,
    );
    expect(documentSchema.safeParse({ ...document, surprise: true }).success).toBe(false);
  });

  it('migrates through its entry point: current passes, newer is refused untouched, junk is invalid', () => {
    expect(migrateDocument(sample())).toEqual({ ok: true, value: sample() });
    const newer = migrateDocument({ ...sample(), schemaVersion: 99 });
    expect(newer).toMatchObject({ ok: false, reason: 'tooNew', version: 99 });
    expect(migrateDocument([])).toMatchObject({ ok: false, reason: 'invalidSchema' });
    expect(migrateDocument({ id: 'x' })).toMatchObject({ ok: false, reason: 'invalidSchema' });
    const broken = migrateDocument({ ...sample(), units: [{ id: 'u1' }] });
    expect(broken).toMatchObject({ ok: false, reason: 'invalidSchema' });
    expect(!broken.ok && broken.detail).toMatch(/units/);
  });

  it('reads a version-1 document (before the review workflow) as version 2', () => {
    const outcome = migrateDocument({ ...sample(), schemaVersion: 1 });
    expect(outcome).toEqual({ ok: true, value: sample(), migratedFrom: 1 });
  });

  it('runs migrations step by step from older versions', () => {
    const format = {
      currentVersion: 3,
      schema: z.object({
        schemaVersion: z.literal(3),
        name: z.string(),
        tags: z.array(z.string()),
      }),
      migrations: {
        1: (data: Record<string, unknown>) => ({ ...data, name: String(data.title) }),
        2: (data: Record<string, unknown>) => ({
          schemaVersion: data.schemaVersion,
          name: data.name,
          tags: [],
        }),
      },
    };
    expect(readVersioned({ schemaVersion: 1, title: 'old' }, format)).toEqual({
      ok: true,
      value: { schemaVersion: 3, name: 'old', tags: [] },
      migratedFrom: 1,
    });
  });
});
