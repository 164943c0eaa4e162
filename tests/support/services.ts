import type { Channel } from '../../shared/contract/channelNames';
import type { RequestOf, ResponseOf } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import {
  openServices,
  type Services,
  type ServicesOptions,
} from '../../electron/services/openServices';
import { RESOURCES_DIR } from './paths';

/** Services over a data folder, called through the same dispatcher every host uses. */
export async function servicesFor(
  dataDir: string,
  options: Partial<ServicesOptions> = {},
): Promise<
  Services & {
    call: <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;
  }
> {
  const services = await openServices({
    host: 'cli',
    dataDir,
    resourcesDir: RESOURCES_DIR,
    ...options,
  });
  const call = async <C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<ResponseOf<C>> => {
    const result = await dispatch(services.handlers, channel, request);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value as ResponseOf<C>;
  };
  return Object.assign(services, { call });
}
