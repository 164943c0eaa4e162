import type { i18n } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, DuizhaoApi } from '../../../shared/contract/contract';
import type { ShellBridge } from '../../../shared/contract/shellBridge';
import { describeError } from '../../../shared/i18n/i18n';
import type { Settings, SettingsPatch } from '../../../shared/model/settings';
import {
  CommandBus,
  CommandBusContext,
  IS_MAC,
  runShortcut,
  useCommands,
} from '../commands/commandBus';
import { ToastArea, useToasts } from '../components/Toasts';
import { EditorScreen } from '../editor/EditorScreen';
import { applyDocumentLanguage, systemLanguage } from '../i18n/rendererI18n';
import { CreateDocumentDialog } from '../library/CreateDocumentDialog';
import { LibraryScreen } from '../library/LibraryScreen';
import { SettingsDialog } from '../settings/SettingsDialog';
import { ShortcutsDialog } from '../settings/ShortcutsDialog';
import { useHashRoute, type Route } from './useHashRoute';
import type { WorkspaceServices } from './workspaceServices';

type OpenDialog = 'create' | 'settings' | 'shortcuts' | null;

/**
 * The application around the two screens: routing, settings and the UI language, app-wide
 * commands (menu, shortcuts), dialogs and notices. It also guards every way out of a
 * document — switching, reloading, closing the window — so no edit is left unsaved.
 */
export function Workspace(props: {
  api: DuizhaoApi;
  shell: ShellBridge | null;
  info: AppInfo;
  initialSettings: Settings;
  i18n: i18n;
}) {
  const { api, shell, info, i18n } = props;
  const { t } = useTranslation();
  const [route, setRoute] = useHashRoute();
  const [settings, setSettings] = useState(props.initialSettings);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [libraryVersion, setLibraryVersion] = useState(0);
  const { toasts, show, dismiss } = useToasts();
  const bus = useMemo(() => new CommandBus(), []);
  /** Set by the open document: saves what is pending, resolves false if that failed. */
  const leaveGuard = useRef<(() => Promise<boolean>) | null>(null);
  const setLeaveGuard = useCallback((guard: () => Promise<boolean>) => {
    leaveGuard.current = guard;
    return () => {
      if (leaveGuard.current === guard) leaveGuard.current = null;
    };
  }, []);

  const navigate = useCallback(
    async (next: Route) => {
      if (leaveGuard.current && !(await leaveGuard.current())) {
        show({ message: t('save.notSavedYet'), tone: 'error' });
        return;
      }
      setRoute(next);
    },
    [setRoute, show, t],
  );

  const applySettings = useCallback(
    async (next: Settings) => {
      setSettings(next);
      const language = next.uiLanguage ?? systemLanguage();
      if (language !== i18n.language) {
        await i18n.changeLanguage(language);
        applyDocumentLanguage(language);
      }
    },
    [i18n],
  );

  const updateSettings = useCallback(
    async (patch: SettingsPatch) => {
      const result = await api['settings.update'](patch);
      if (result.ok) await applySettings(result.value);
      else show({ message: describeError(t, result.error), tone: 'error' });
    },
    [api, applySettings, show, t],
  );

  const addSamples = useCallback(async () => {
    const result = await api['library.addSamples']({});
    if (!result.ok) {
      show({ message: describeError(t, result.error), tone: 'error' });
      return;
    }
    show({ message: t('library.samplesAdded', { count: result.value.length }) });
    setLibraryVersion((version) => version + 1);
    await navigate({ screen: 'library', view: 'documents' });
  }, [api, navigate, show, t]);

  useCommands(bus, {
    newDocument: { run: () => setDialog('create') },
    addSamples: { run: () => void addSamples() },
    backToLibrary: {
      run: () => void navigate({ screen: 'library', view: 'documents' }),
      enabled: () => route.screen === 'document',
    },
    openSettings: { run: () => setDialog('settings') },
    showShortcuts: { run: () => setDialog('shortcuts') },
  });

  useGlobalShortcuts(bus);

  useEffect(() => {
    if (!shell) return undefined;
    const offCommand = shell.onCommand((command) => bus.run(command));
    const offClose = shell.onCloseRequested(() => {
      void (leaveGuard.current?.() ?? Promise.resolve(true)).then((saved) => {
        shell.closeReady(saved);
      });
    });
    const offSettings = shell.onSettingsChanged((next) => void applySettings(next));
    return () => {
      offCommand();
      offClose();
      offSettings();
    };
  }, [bus, shell, applySettings]);

  const services: WorkspaceServices = {
    api,
    bus,
    t,
    show,
    navigate,
    setLeaveGuard,
    settings,
    updateSettings,
    isMac: IS_MAC,
  };

  return (
    <CommandBusContext.Provider value={bus}>
      <div className="workspace">
        {route.screen === 'library' ? (
          <LibraryScreen
            services={services}
            view={route.view}
            version={libraryVersion}
            onCreate={() => setDialog('create')}
            onAddSamples={() => void addSamples()}
            chrome={{
              settings,
              onLanguage: (uiLanguage) => void updateSettings({ uiLanguage }),
              onSettings: () => setDialog('settings'),
            }}
          />
        ) : (
          <EditorScreen
            key={route.id}
            services={services}
            documentId={route.id}
            chrome={{
              settings,
              onLanguage: (uiLanguage) => void updateSettings({ uiLanguage }),
              onSettings: () => setDialog('settings'),
            }}
          />
        )}
        {dialog === 'create' && (
          <CreateDocumentDialog
            onClose={() => setDialog(null)}
            onCreate={async (request) => {
              const result = await api['library.create'](request);
              if (!result.ok) return describeError(t, result.error);
              setDialog(null);
              setLibraryVersion((version) => version + 1);
              await navigate({ screen: 'document', id: result.value.id });
              return null;
            }}
          />
        )}
        {dialog === 'settings' && (
          <SettingsDialog
            settings={settings}
            info={info}
            systemLanguage={systemLanguage()}
            onClose={() => setDialog(null)}
            onSave={async (patch) => {
              await updateSettings(patch);
              setDialog(null);
            }}
          />
        )}
        {dialog === 'shortcuts' && (
          <ShortcutsDialog isMac={IS_MAC} onClose={() => setDialog(null)} />
        )}
        <ToastArea toasts={toasts} onDismiss={dismiss} closeLabel={t('common.close')} />
      </div>
    </CommandBusContext.Provider>
  );
}

/**
 * Shortcuts of registered commands work anywhere, except inside a modal dialog or an IME.
 * Keys pressed in the cell editor are handled there (see runShortcut).
 */
function useGlobalShortcuts(bus: CommandBus): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (event.target instanceof Element && event.target.closest('.ProseMirror')) return;
      runShortcut(bus, event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [bus]);
}
