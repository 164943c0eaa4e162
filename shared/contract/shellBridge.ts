import type { CommandId } from '../commands/commands';
import type { Settings } from '../model/settings';

/**
 * The few things the Electron shell tells the page beside the contract: a menu command was
 * chosen, the window wants to close. The preload exposes it as `window.duizhao.shell`; the
 * browser host has no shell, and the page works without one.
 */
export interface ShellBridge {
  onCommand(listener: (command: CommandId) => void): () => void;
  /** The window is closing: save what is pending, then call `closeReady` with whether that worked. */
  onCloseRequested(listener: () => void): () => void;
  closeReady(saved: boolean): void;
  /** Settings changed outside the page (the View › Interface language menu). */
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
}

export const SHELL_CHANNELS = {
  command: 'duizhao-shell:command',
  closeRequested: 'duizhao-shell:close-requested',
  closeReady: 'duizhao-shell:close-ready',
  settingsChanged: 'duizhao-shell:settings-changed',
} as const;
