import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, ipcChannelName, type Channel } from '../../shared/contract/channelNames';
import type { DuizhaoApi } from '../../shared/contract/contract';
import { SHELL_CHANNELS, type ShellBridge } from '../../shared/contract/shellBridge';
import { isCommandId, type CommandId } from '../../shared/commands/commands';
import type { Settings } from '../../shared/model/settings';

/**
 * The page's whole view of Electron: one method per contract channel, and the shell's few
 * events. No ipcRenderer, no channel names chosen by the page.
 */
const api = Object.fromEntries(
  CHANNELS.map((channel: Channel) => [
    channel,
    (request: unknown) => ipcRenderer.invoke(ipcChannelName(channel), request),
  ]),
) as DuizhaoApi;

function listen(channel: string, listener: (...args: unknown[]) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, ...args: unknown[]) => {
    listener(...args);
  };
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const shell: ShellBridge = {
  onCommand: (listener: (command: CommandId) => void) =>
    listen(SHELL_CHANNELS.command, (command) => {
      if (isCommandId(command)) listener(command);
    }),
  onCloseRequested: (listener: () => void) => listen(SHELL_CHANNELS.closeRequested, listener),
  closeReady: (saved: boolean) => {
    ipcRenderer.send(SHELL_CHANNELS.closeReady, saved);
  },
  onSettingsChanged: (listener: (settings: Settings) => void) =>
    listen(SHELL_CHANNELS.settingsChanged, (settings) => {
      listener(settings as Settings);
    }),
};

contextBridge.exposeInMainWorld('duizhao', { api, shell } satisfies {
  api: DuizhaoApi;
  shell: ShellBridge;
});
