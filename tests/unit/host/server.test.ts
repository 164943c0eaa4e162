import { request } from 'node:http';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/server';
import { servicesFor } from '../../support/services';
import { tempDataDir } from '../../support/tempDataDir';

let host: BrowserHost;
let closeAll: () => Promise<void>;

beforeAll(async () => {
  const dir = await tempDataDir();
  const rendererDir = await mkdtemp(join(tmpdir(), 'duizhao-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Duizhao</title>');
  const services = await servicesFor(dir.path, { host: 'browser' });
  host = await startBrowserHost({ handlers: services.handlers, rendererDir });
  closeAll = async () => {
    await host.close();
    await services.close();
    await dir.remove();
  };
});
afterAll(async () => {
  await closeAll();
});

/** A raw HTTP request, so that headers a browser would set (Host, Origin) can be forged. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const url = new URL(path, host.url);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = { 'Content-Type': 'application/json' };

describe('the browser host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves the renderer with a strict CSP and answers the contract', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const listing = await send('/api/library.list', { method: 'POST', headers: json, body: '{}' });
    expect(JSON.parse(listing.body)).toEqual({
      ok: true,
      value: { documents: [], trash: [], problems: [] },
    });
  });

  it('refuses requests from other sites and other host names', async () => {
    const forged: Array<Record<string, string>> = [
      { Origin: 'http://evil.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { Host: 'evil.example' },
      { Host: `attacker.test:${new URL(host.url).port}` },
    ];
    for (const headers of forged) {
      const response = await send('/api/library.list', {
        method: 'POST',
        headers: { ...json, ...headers },
        body: '{}',
      });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(response.body)).toMatchObject({
        ok: false,
        error: { code: 'forbiddenSender' },
      });
    }
  });

  it('answers malformed calls with typed errors, never a crash', async () => {
    const cases = [
      { body: '{}', headers: { 'Content-Type': 'text/plain' }, code: 'invalidRequest' },
      { body: '{not json', headers: json, code: 'invalidRequest' },
      {
        body: '{"id":"../../etc/passwd"}',
        headers: json,
        code: 'invalidRequest',
        path: '/api/document.get',
      },
      { body: '{}', headers: json, code: 'unknownChannel', path: '/api/shell.exec' },
    ];
    for (const { body, headers, code, path } of cases) {
      const response = await send(path ?? '/api/library.list', { method: 'POST', headers, body });
      expect(JSON.parse(response.body), body).toMatchObject({ ok: false, error: { code } });
    }
    expect((await send('/api/library.list', { method: 'GET' })).status).toBe(400);
    // Still serving afterwards.
    expect(
      (await send('/api/library.list', { method: 'POST', headers: json, body: '{}' })).status,
    ).toBe(200);
  });
});
