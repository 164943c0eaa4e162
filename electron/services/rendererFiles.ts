import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/**
 * The renderer's Content-Security-Policy, sent by both the Electron protocol handler and the
 * browser host: only our own scripts, styles and fonts; no inline script, no eval, no remote
 * anything. (React sets inline styles through the CSSOM, which CSP does not restrict.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererFile {
  body: Buffer;
  contentType: string;
  /** Hashed assets never change; index.html must always be fetched afresh. */
  immutable: boolean;
}

/**
 * Reads a file of the built renderer for a URL path, or null when there is none. A path that
 * tries to leave the renderer folder gets null, never a file outside it. Paths without an
 * extension fall back to index.html, so a reload on any route opens the app.
 */
export async function readRendererFile(
  rendererDir: string,
  urlPath: string,
): Promise<RendererFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const root = normalize(rendererDir + sep);
  let path = join(root, relative);
  if (!path.startsWith(root) && path !== normalize(rendererDir)) return null;
  if (relative === '' || relative === '.' || extname(relative) === '')
    path = join(root, 'index.html');
  try {
    if (!(await stat(path)).isFile()) return null;
    const body = await readFile(path);
    const extension = extname(path).toLowerCase();
    return {
      body,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      immutable: path.includes(`${sep}assets${sep}`),
    };
  } catch {
    return null;
  }
}
