import type { i18n } from 'i18next';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { AppInfo, DuizhaoApi } from '../../../shared/contract/contract';
import type { AppError } from '../../../shared/contract/errors';
import type { ShellBridge } from '../../../shared/contract/shellBridge';
import { describeError } from '../../../shared/i18n/i18n';
import type { Settings } from '../../../shared/model/settings';
import { applyDocumentLanguage, createRendererI18n, systemLanguage } from '../i18n/rendererI18n';
import { Workspace } from './Workspace';

type Boot =
  | { state: 'loading' }
  | { state: 'ready'; settings: Settings; info: AppInfo; i18n: i18n }
  | { state: 'failed'; error: AppError; i18n: i18n };

/** Loads settings, picks the UI language (the saved one, else the system's) and starts the UI. */
export function App({ api, shell }: { api: DuizhaoApi; shell: ShellBridge | null }) {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  useEffect(() => {
    void (async () => {
      const [settings, info] = await Promise.all([api['settings.get']({}), api['app.info']({})]);
      if (!settings.ok || !info.ok) {
        const error = settings.ok ? (info as { ok: false; error: AppError }).error : settings.error;
        setBoot({ state: 'failed', error, i18n: createRendererI18n(systemLanguage()) });
        return;
      }
      const language = settings.value.uiLanguage ?? systemLanguage();
      applyDocumentLanguage(language);
      setBoot({
        state: 'ready',
        settings: settings.value,
        info: info.value,
        i18n: createRendererI18n(language),
      });
    })();
  }, [api]);

  if (boot.state === 'loading') return <div className="boot" aria-busy="true" />;
  if (boot.state === 'failed') {
    return (
      <div className="boot boot-failed" role="alert">
        <p>{describeError(boot.i18n.t, boot.error)}</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.location.reload()}
        >
          {boot.i18n.t('common.reload')}
        </button>
      </div>
    );
  }
  return (
    <I18nextProvider i18n={boot.i18n}>
      <Workspace
        api={api}
        shell={shell}
        info={boot.info}
        initialSettings={boot.settings}
        i18n={boot.i18n}
      />
    </I18nextProvider>
  );
}
