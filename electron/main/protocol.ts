import type { Protocol } from 'electron';
import { readRendererFile, SECURITY_HEADERS } from '../services/rendererFiles';
import { APP_HOST, APP_SCHEME } from './security';

/** app:// behaves like https: a standard, secure origin that may use fetch. Call before ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from app://duizhao/, with the same CSP as the browser host. */
export async function serveRenderer(request: Request, rendererDir: string): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  const file = await readRendererFile(rendererDir, url.pathname);
  if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
  });
}
