import { useTranslation } from 'react-i18next';
import {
  COMMAND_IDS,
  COMMANDS,
  EDITING_KEYS,
  shortcutsOf,
  type CommandDefinition,
} from '../../../shared/commands/commands';
import { shortcutLabel } from '../../../shared/commands/shortcuts';
import type { TranslationKey } from '../../../shared/i18n/resources';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';

/** Every shortcut, read from the command list, in the current UI language. */
export function ShortcutsDialog({ isMac, onClose }: { isMac: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const rows: Array<{ labelKey: TranslationKey; shortcuts: readonly string[] }> = [
    ...COMMAND_IDS.flatMap((id) => {
      const command: CommandDefinition = COMMANDS[id];
      const shortcuts = shortcutsOf(command);
      return shortcuts.length > 0 ? [{ labelKey: command.labelKey, shortcuts }] : [];
    }),
    ...EDITING_KEYS.map(({ labelKey, shortcut }) => ({ labelKey, shortcuts: [shortcut] })),
  ];
  return (
    <Dialog
      title={t('shortcuts.title')}
      onClose={onClose}
      wide
      actions={
        <Button variant="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.command')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.labelKey}>
              <td>{t(row.labelKey)}</td>
              <td>
                {row.shortcuts.map((shortcut) => (
                  <kbd key={shortcut}>{shortcutLabel(shortcut, isMac)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
