import { z } from 'zod';
import { isChannel } from './channelNames';
import { contract, type ContractHandlers } from './contract';
import { AppErrorException, appError } from './errors';
import { err, ok, type Result } from './result';

/**
 * The one door into the services, used by every host: checks the channel, validates the
 * payload against the contract, runs the handler and turns whatever happens into a Result.
 * It never throws, so a bad call can never take a host down.
 */
export async function dispatch(
  handlers: ContractHandlers,
  channel: unknown,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return err(appError('unknownChannel', { channel: String(channel).slice(0, 100) }));
  }
  const parsed = contract[channel].request.safeParse(payload ?? {});
  if (!parsed.success) {
    return err(appError('invalidRequest', { channel }, z.prettifyError(parsed.error)));
  }
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppErrorException) return err(error.error);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return err(appError('internal', { channel }, detail));
  }
}
