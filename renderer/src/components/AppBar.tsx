import { Settings as SettingsIcon } from 'lucide-react';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../../shared/model/settings';
import type { AppChrome } from '../app/workspaceServices';
import { IconButton } from './Button';

/** The top bar of every screen: what the screen puts left, then language and settings. */
export function AppBar({
  chrome,
  children,
  status,
}: {
  chrome: AppChrome;
  children: ReactNode;
  status?: ReactNode;
}) {
  return (
    <header className="app-bar">
      <div className="app-bar-main">{children}</div>
      {status && <div className="app-bar-status">{status}</div>}
      <AppBarControls chrome={chrome} />
    </header>
  );
}

/** Language and settings: the same on every screen, so typing never re-renders them. */
const AppBarControls = memo(function AppBarControls({ chrome }: { chrome: AppChrome }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className="language-switch" role="group" aria-label={t('settings.uiLanguage')}>
        {UI_LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            aria-pressed={i18n.language === language}
            className="language-option"
            onClick={() => chrome.onLanguage(language)}
          >
            {t(`languageName.${language}`)}
          </button>
        ))}
      </div>
      <IconButton label={t('settings.title')} onClick={chrome.onSettings}>
        <SettingsIcon size={18} aria-hidden />
      </IconButton>
    </>
  );
});

export function BrandMark() {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <span className="brand-mark" lang="zh-CN" aria-hidden>
        对照
      </span>
      <span className="brand-name">{t('app.name')}</span>
      <span className="brand-tagline">{t('app.tagline')}</span>
    </div>
  );
}
