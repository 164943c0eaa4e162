import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ContractHandlers } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { appError } from '../../shared/contract/errors';
import { err, type Result } from '../../shared/contract/result';
import { readRendererFile, SECURITY_HEADERS } from '../services/rendererFiles';

export const API_PREFIX = '/api/';
/** Large enough for a very long document's edits; anything bigger is refused, not buffered. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface BrowserHostOptions {
  handlers: ContractHandlers;
  rendererDir: string;
  port?: number;
}

export interface BrowserHost {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * The browser host: the built renderer and the contract over HTTP, on 127.0.0.1 only. Every
 * API request must come from our own page: the Host header must be our address (so a DNS
 * rebinding page cannot reach us), Origin and Sec-Fetch-Site, when the browser sends them, must
 * say same-origin, and the body must be JSON (so a cross-site form cannot post here).
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        sendJson(response, 500, err(appError('internal', {}, String(error))));
      } else {
        response.destroy();
      }
    });
  });

  let origin = '';
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = request.url ?? '/';
    if (!isOwnHost(request, origin)) {
      sendJson(response, 403, err(appError('forbiddenSender')));
      return;
    }
    if (url.startsWith(API_PREFIX)) {
      await answerApi(request, response, url.slice(API_PREFIX.length), origin, options.handlers);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await readRendererFile(options.rendererDir, url);
    if (!file) {
      response
        .writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Not found');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

function isOwnHost(request: IncomingMessage, origin: string): boolean {
  const host = request.headers.host;
  const port = origin.slice(origin.lastIndexOf(':') + 1);
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

async function answerApi(
  request: IncomingMessage,
  response: ServerResponse,
  channel: string,
  origin: string,
  handlers: ContractHandlers,
): Promise<void> {
  const requestOrigin = request.headers.origin;
  const fetchSite = request.headers['sec-fetch-site'];
  const sameOrigin =
    (requestOrigin === undefined ||
      requestOrigin === origin ||
      requestOrigin === origin.replace('127.0.0.1', 'localhost')) &&
    (fetchSite === undefined || fetchSite === 'same-origin');
  if (!sameOrigin) {
    sendJson(response, 403, err(appError('forbiddenSender')));
    return;
  }
  if (
    request.method !== 'POST' ||
    !(request.headers['content-type'] ?? '').startsWith('application/json')
  ) {
    sendJson(
      response,
      400,
      err(appError('invalidRequest', { channel }, 'expected a POST with a JSON body')),
    );
    return;
  }
  const body = await readBody(request);
  if (body === null) {
    sendJson(
      response,
      413,
      err(appError('invalidRequest', { channel }, `body larger than ${MAX_BODY_BYTES} bytes`)),
    );
    return;
  }
  let payload: unknown;
  try {
    payload = body.length === 0 ? {} : JSON.parse(body);
  } catch (error) {
    sendJson(
      response,
      400,
      err(appError('invalidRequest', { channel }, `not JSON: ${String(error)}`)),
    );
    return;
  }
  const result = await dispatch(handlers, decodeURIComponent(channel), payload);
  sendJson(response, 200, result);
}

/** The request body as text, or null when it is larger than MAX_BODY_BYTES. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, result: Result<unknown>): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(result));
}
