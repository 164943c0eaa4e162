import type { ContractHandlers } from '../../../shared/contract/contract';
import type { ServiceContext } from '../serviceContext';

type SettingsHandlers = Pick<ContractHandlers, 'settings.get' | 'settings.update'>;

export function settingsHandlers({
  settings,
  onSettingsChanged,
}: ServiceContext): SettingsHandlers {
  return {
    'settings.get': async () => settings.get(),
    'settings.update': async (patch) => {
      const updated = await settings.update(patch);
      onSettingsChanged(updated);
      return updated;
    },
  };
}
