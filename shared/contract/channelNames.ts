/**
 * Every channel of the contract, by name. Kept free of schemas so that the Electron preload can
 * build `window.duizhao` from it without bundling the validators; `contract.ts` checks that the
 * two lists agree.
 */
export const CHANNELS = [
  'app.info',
  'library.list',
  'library.create',
  'library.rename',
  'library.duplicate',
  'library.trash',
  'library.restore',
  'library.dismissProblem',
  'library.addSamples',
  'library.import',
  'document.get',
  'document.applyEdits',
  'document.exportProgramme',
  'settings.get',
  'settings.update',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}

/** The IPC channel name used by the Electron shell for a contract channel. */
export function ipcChannelName(channel: Channel): string {
  return `duizhao:${channel}`;
}
