import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_CHECK_ERRORS, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../../../electron/cli/cli';
import { twoSessions } from '../../support/programmes';
import { cliRunner } from '../../support/cliRunner';
import { tempDataDirPerTest } from '../../support/tempDataDir';

const dir = tempDataDirPerTest();
let files = '';
beforeEach(async () => {
  files = await mkdtemp(join(tmpdir(), 'duizhao-files-'));
});
afterEach(async () => {
  await rm(files, { recursive: true, force: true });
});

const cli = cliRunner(() => dir.path);

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(files, name);
  await writeFile(path, content);
  return path;
}

const AGENDA = [
  'type,date,start,end,kind,title_zh,title_en,room_zh,room_en',
  'session,2019-06-30,09:00,10:00,opening,开幕式,Opening Ceremony,主会场,Main Hall',
  'session,2019-06-30,10:30,12:00,forum,论坛,Forum,主会场,Main Hall',
].join('\r\n');

/** Imports a file and returns the new document's id. */
async function imported(path: string): Promise<string> {
  const result = await cli(['import', path, '--kind', 'programme']);
  expect(result).toMatchObject({ code: EXIT_OK, err: '' });
  const id = /^Imported ([a-z0-9]{12}): /.exec(result.out)?.[1];
  expect(id).toBeDefined();
  return id ?? '';
}

describe('duizhao import and duizhao programme', () => {
  it('imports an agenda, prints its id and title, and exports it to stdout or a file', async () => {
    const result = await cli(['import', await file('年会日程.csv', AGENDA), '--kind', 'programme']);
    expect(result.code).toBe(EXIT_OK);
    expect(result.out).toMatch(/^Imported [a-z0-9]{12}: 年会日程$/);
    const id = /Imported (\w+)/.exec(result.out)![1]!;

    const csv = await cli(['programme', 'export', id.slice(0, 6), '--format', 'csv']);
    expect(csv.code).toBe(EXIT_OK);
    expect(csv.out.split('\r\n')[1]).toBe(
      'session,2019-06-30,09:00,10:00,opening,开幕式,Opening Ceremony,主会场,Main Hall,,,,,,,,',
    );

    const out = join(files, 'out.tsv');
    const written = await cli(['programme', 'export', id, '--format', 'tsv', '--out', out]);
    expect(written).toMatchObject({ code: EXIT_OK, out: `Wrote ${out}.` });
    const tsv = await readFile(out, 'utf8');
    expect(tsv.startsWith('\uFEFFtype\tdate\t')).toBe(true);

    // The exported table imports again as the same agenda.
    const again = await imported(out);
    const back = await cli(['programme', 'export', again, '--format', 'tsv']);
    expect(`${back.out}\r\n`).toBe(tsv);
  });

  it('never overwrites a file with --out unless told to with --force', async () => {
    const id = await imported(await file('agenda.csv', AGENDA));
    const out = await file('existing.json', 'keep me');
    const refused = await cli(['programme', 'export', id, '--format', 'json', '--out', out]);
    expect(refused).toMatchObject({
      code: EXIT_FAILURE,
      err: `Error: ${out} exists already. Add --force to replace it.`,
    });
    expect(await readFile(out, 'utf8')).toBe('keep me');
    const forced = await cli([
      'programme',
      'export',
      id,
      '--format',
      'json',
      '--out',
      out,
      '--force',
    ]);
    expect(forced.code).toBe(EXIT_OK);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ id, kind: 'programme' });
  });

  it('prints each bad row with its line and imports nothing', async () => {
    const bad = await file('bad.csv', 'type,date,start\nsession,2019-06-30,9h\ntalk,,\nlunch,,\n');
    const result = await cli(['import', bad, '--kind', 'programme']);
    expect(result.code).toBe(EXIT_FAILURE);
    expect(result.err.split('\n')).toEqual([
      'Error: Nothing was imported from bad.csv: 2 of its rows could not be read.',
      'Line 2: “9h” in start is not a time: write it as HH:MM.',
      'Line 4: The type must be “session” or “talk”, not “lunch”.',
    ]);
    expect(JSON.parse((await cli(['list', '--json'])).out)).toMatchObject({ documents: [] });

    const zh = await cli(['import', bad, '--kind', 'programme'], 'zh_CN.UTF-8');
    expect(zh.err).toContain('第 2 行：start 中的“9h”不是时间，请写成 HH:MM。');
  });

  it('answers usage errors with exit code 1', async () => {
    const agenda = await file('agenda.csv', AGENDA);
    expect(await cli(['import'])).toMatchObject({ code: EXIT_USAGE });
    expect(await cli(['import', agenda])).toMatchObject({
      code: EXIT_USAGE,
      err: 'Missing --kind.',
    });
    expect(await cli(['import', agenda, '--kind', 'release'])).toMatchObject({
      code: EXIT_USAGE,
      err: '--kind must be one of: programme.',
    });
    const id = await imported(agenda);
    expect(await cli(['programme', 'export', id])).toMatchObject({
      code: EXIT_USAGE,
      err: 'Missing --format.',
    });
    expect(await cli(['programme', 'export', id, '--format', 'xlsx'])).toMatchObject({
      code: EXIT_USAGE,
    });
    expect(await cli(['programme', 'print', id])).toMatchObject({ code: EXIT_USAGE });
    expect(await cli(['programme', 'check'])).toMatchObject({ code: EXIT_USAGE });
    expect(await cli(['import', join(files, 'missing.csv'), '--kind', 'programme'])).toMatchObject({
      code: EXIT_FAILURE,
      err: expect.stringContaining('(ENOENT)') as unknown,
    });
  });

  it('checks a programme: exit code 0 when clean, 1 with a room clash', async () => {
    const clean = await imported(await file('clean.json', JSON.stringify(twoSessions())));
    const ok = await cli(['programme', 'check', clean]);
    expect(ok.code).toBe(EXIT_OK);
    expect(ok.out.split('\n').at(-1)).toMatch(
      /^(No problems found\.|Errors: 0\. Warnings: \d+\.)$/,
    );

    // Same day, same room, 09:00–10:00 and 09:30–10:30.
    const clash = twoSessions(['09:00', '10:00', '09:30', '10:30']);
    const clashing = await imported(await file('clash.json', JSON.stringify(clash)));
    const checked = await cli(['programme', 'check', clashing]);
    expect(checked.code).toBe(EXIT_CHECK_ERRORS);
    expect(checked.out).toMatch(/^error: .*Hall 1/m);
    expect(checked.out).toMatch(/Errors: [1-9]\d*\. Warnings: \d+\.$/);
    const json = await cli(['programme', 'check', clashing, '--json']);
    expect(json.code).toBe(EXIT_CHECK_ERRORS);
    expect(JSON.parse(json.out)).toContainEqual(
      expect.objectContaining({ code: 'roomClash', severity: 'error' }),
    );

    const text = await cli(['new', '--kind', 'text', '--title-en', 'Plain']);
    const notProgramme = await cli(['programme', 'check', text.out.trim()]);
    expect(notProgramme).toMatchObject({ code: EXIT_FAILURE });
    expect(notProgramme.err).toContain('is not a programme');
  });
});
