import type { TFunction } from 'i18next';
import type { DuizhaoApi } from '../../../shared/contract/contract';
import type { Settings, SettingsPatch, UiLanguage } from '../../../shared/model/settings';
import type { CommandBus } from '../commands/commandBus';
import type { Toast } from '../components/Toasts';
import type { Route } from './useHashRoute';

/** What the workspace hands each screen: the contract, commands, notices and navigation. */
export interface WorkspaceServices {
  api: DuizhaoApi;
  bus: CommandBus;
  t: TFunction;
  show: (toast: Omit<Toast, 'id'>) => number;
  navigate: (route: Route) => Promise<void>;
  /** The open document registers how to save before anyone leaves it; returns the unregister. */
  setLeaveGuard: (guard: () => Promise<boolean>) => () => void;
  settings: Settings;
  updateSettings: (patch: SettingsPatch) => Promise<void>;
  isMac: boolean;
}

/** The controls every screen's top bar carries: UI language and settings. */
export interface AppChrome {
  settings: Settings;
  onLanguage: (language: UiLanguage) => void;
  onSettings: () => void;
}
