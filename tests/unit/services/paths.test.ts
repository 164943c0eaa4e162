import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFlag, defaultDataDir, resolveDataDir } from '../../../electron/services/dataDir';
import { readRendererFile } from '../../../electron/services/rendererFiles';
import { asideFileName, documentIdOfFileName } from '../../../electron/services/storage/layout';

describe('the data folder', () => {
  it('defaults to Electron’s userData folder on each platform, for every host', () => {
    expect(defaultDataDir({}, 'linux', '/home/wang')).toBe('/home/wang/.config/Duizhao');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/wang')).toBe('/cfg/Duizhao');
    expect(defaultDataDir({}, 'darwin', '/Users/wang')).toBe(
      '/Users/wang/Library/Application Support/Duizhao',
    );
    expect(
      defaultDataDir({ APPDATA: 'C:\\Users\\wang\\AppData\\Roaming' }, 'win32', 'C:\\Users\\wang'),
    ).toContain('Duizhao');
  });

  it('takes --data-dir over DUIZHAO_DATA_DIR over the default', () => {
    expect(dataDirFlag(['list', '--data-dir', '/a'])).toBe('/a');
    expect(dataDirFlag(['--data-dir=/b', 'list'])).toBe('/b');
    expect(
      resolveDataDir(['--data-dir', '/a'], { DUIZHAO_DATA_DIR: '/env' }, () => '/default'),
    ).toBe('/a');
    expect(resolveDataDir([], { DUIZHAO_DATA_DIR: '/env' }, () => '/default')).toBe('/env');
    expect(resolveDataDir([], {}, () => '/default')).toBe('/default');
  });

  it('names moved-aside files so they sort by time and are never read as documents', () => {
    const aside = asideFileName('abc123.json', new Date('2026-11-21T09:30:05.123Z'));
    expect(aside).toBe('abc123.corrupt-20261121T093005Z.json');
    expect(documentIdOfFileName(aside)).toBeNull();
    expect(documentIdOfFileName('abc123.json')).toBe('abc123');
    expect(documentIdOfFileName('abc123.json.4242.1.tmp')).toBeNull();
    expect(documentIdOfFileName('../x.json')).toBeNull();
  });
});

describe('renderer files', () => {
  it('serves files inside the renderer folder and nothing outside it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'duizhao-files-'));
    await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
    await writeFile(join(root, 'renderer', 'index.html'), 'index');
    await writeFile(join(root, 'renderer', 'assets', 'app.js'), 'js');
    await writeFile(join(root, 'secret.txt'), 'secret');
    const rendererDir = join(root, 'renderer');
    const read = async (path: string) =>
      (await readRendererFile(rendererDir, path))?.body.toString() ?? null;
    expect(await read('/')).toBe('index');
    expect(await read('/doc/abc')).toBe('index');
    expect(await readRendererFile(rendererDir, '/assets/app.js')).toMatchObject({
      contentType: 'text/javascript; charset=utf-8',
      immutable: true,
    });
    for (const attack of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/../../secret.txt',
      '/%00',
    ]) {
      expect(await read(attack), attack).not.toBe('secret');
    }
    expect(await read('/missing.js')).toBeNull();
  });
});
