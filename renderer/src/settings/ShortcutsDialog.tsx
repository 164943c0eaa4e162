import { useTranslation } from 'react-i18next';
import { COMMAND_IDS, COMMANDS, EDITING_KEYS } from '../../../shared/commands/commands';
import { shortcutLabel } from '../../../shared/commands/shortcuts';
import type { TranslationKey } from '../../../shared/i18n/resources';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';

/** Every shortcut, read from the command list, in the current UI language. */
export function ShortcutsDialog({ isMac, onClose }: { isMac: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const rows: Array<{ labelKey: TranslationKey; shortcut: string }> = [
    ...COMMAND_IDS.flatMap((id) => {
      const command: { labelKey: TranslationKey; shortcut?: string } = COMMANDS[id];
      return command.shortcut ? [{ labelKey: command.labelKey, shortcut: command.shortcut }] : [];
    }),
    ...EDITING_KEYS,
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
                <kbd>{shortcutLabel(row.shortcut, isMac)}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
