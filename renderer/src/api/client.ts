import { CHANNELS, type Channel } from '../../../shared/contract/channelNames';
import type { DuizhaoApi, ResponseOf } from '../../../shared/contract/contract';
import { appError } from '../../../shared/contract/errors';
import type { Result } from '../../../shared/contract/result';
import type { ShellBridge } from '../../../shared/contract/shellBridge';

declare global {
  interface Window {
    /** Present in Electron, put there by the preload; absent in the browser host. */
    duizhao?: { api: DuizhaoApi; shell: ShellBridge };
  }
}

/**
 * The renderer's only way to the services. In Electron the preload bridges the contract over
 * IPC; in the browser host the same contract goes over HTTP to the loopback server. Either way
 * every call resolves to a Result — a lost connection becomes a typed error, never a throw.
 */
export function createApiClient(): DuizhaoApi {
  if (window.duizhao) return window.duizhao.api;
  return Object.fromEntries(
    CHANNELS.map((channel) => [channel, (request: unknown) => post(channel, request)]),
  ) as DuizhaoApi;
}

export async function post<C extends Channel>(
  channel: C,
  request: unknown,
  init: { keepalive?: boolean } = {},
): Promise<Result<ResponseOf<C>>> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request ?? {}),
      keepalive: init.keepalive ?? false,
    });
  } catch (error) {
    return { ok: false, error: appError('hostUnreachable', {}, String(error)) };
  }
  try {
    return (await response.json()) as Result<ResponseOf<C>>;
  } catch (error) {
    return {
      ok: false,
      error: appError('hostUnreachable', {}, `HTTP ${response.status}: ${String(error)}`),
    };
  }
}
