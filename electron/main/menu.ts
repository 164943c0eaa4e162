import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import {
  COMMANDS,
  commandsInGroup,
  shortcutsOf,
  type CommandDefinition,
  type CommandId,
} from '../../shared/commands/commands';
import { toAccelerator } from '../../shared/commands/shortcuts';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/model/settings';

export interface MenuContext {
  t: TFunction;
  language: UiLanguage;
  isMac: boolean;
  isDev: boolean;
  runCommand: (command: CommandId) => void;
  setLanguage: (language: UiLanguage) => void;
  showAbout: () => void;
}

/**
 * The application menu, in the UI language, built from the same command list as the toolbar
 * and the shortcut help. Command shortcuts are shown but handled by the page
 * (registerAccelerator: false), so a key press runs its command exactly once.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { t } = context;
  const command = (id: CommandId): MenuItemConstructorOptions => {
    const definition: CommandDefinition = COMMANDS[id];
    const [shortcut] = shortcutsOf(definition);
    return {
      id,
      label: t(definition.labelKey),
      ...(shortcut ? { accelerator: toAccelerator(shortcut), registerAccelerator: false } : {}),
      click: () => {
        context.runCommand(id);
      },
    };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  return [
    ...(context.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        ...commandsInGroup('file').map(command),
        ...(context.isMac ? [] : [separator, { role: 'quit' as const, label: t('menu.quit') }]),
      ],
    },
    {
      label: t('menu.edit'),
      // Undo and redo are the document's (see the page), not the browser's native ones.
      submenu: [
        command('undo'),
        command('redo'),
        separator,
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
        separator,
        command('find'),
        command('replace'),
      ],
    },
    { label: t('menu.review'), submenu: commandsInGroup('review').map(command) },
    { label: t('menu.format'), submenu: commandsInGroup('format').map(command) },
    { label: t('menu.unit'), submenu: commandsInGroup('unit').map(command) },
    {
      label: t('menu.view'),
      submenu: [
        {
          label: t('menu.interfaceLanguage'),
          submenu: UI_LANGUAGES.map((language) => ({
            label: t(`languageName.${language}`),
            type: 'radio' as const,
            checked: context.language === language,
            click: () => {
              context.setLanguage(language);
            },
          })),
        },
        separator,
        ...commandsInGroup('view').map(command),
        separator,
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        separator,
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
        ...(context.isDev
          ? [separator, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]
          : []),
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        ...commandsInGroup('help').map(command),
        separator,
        {
          label: t('menu.about'),
          click: () => {
            context.showAbout();
          },
        },
      ],
    },
  ];
}
