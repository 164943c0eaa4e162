import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract/contract';
import {
  UI_LANGUAGES,
  type Settings,
  type SettingsPatch,
  type UiLanguage,
} from '../../../shared/model/settings';
import { DialogActions } from '../components/DialogActions';
import { Dialog } from '../components/Dialog';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { ROLES, type Role } from '../../../shared/model/review';
import { TextField } from '../components/TextField';

export function SettingsDialog(props: {
  settings: Settings;
  info: AppInfo;
  systemLanguage: UiLanguage;
  onClose: () => void;
  onSave: (patch: SettingsPatch) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [uiLanguage, setUiLanguage] = useState(props.settings.uiLanguage);
  const [authorName, setAuthorName] = useState(props.settings.authorName);
  const [role, setRole] = useState<Role>(props.settings.role);
  const options: Array<UiLanguage | null> = [null, ...UI_LANGUAGES];
  return (
    <Dialog
      title={t('settings.title')}
      onClose={props.onClose}
      onSubmit={() => void props.onSave({ uiLanguage, authorName: authorName.trim(), role })}
      actions={
        <DialogActions
          onCancel={props.onClose}
          submitLabel={t('common.save')}
          submitDisabled={props.info.readOnly}
        />
      }
    >
      <fieldset className="field">
        <legend className="field-label">{t('settings.uiLanguage')}</legend>
        <div className="radio-list">
          {options.map((option) => (
            <label key={option ?? 'system'} className="radio">
              <input
                type="radio"
                name="uiLanguage"
                checked={uiLanguage === option}
                onChange={() => setUiLanguage(option)}
              />
              <span>
                {option === null
                  ? t('settings.followSystem', {
                      language: t(`languageName.${props.systemLanguage}`),
                    })
                  : t(`languageName.${option}`)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label={t('settings.authorName')}
        value={authorName}
        maxLength={200}
        hint={t('settings.authorNameHint')}
        onChange={setAuthorName}
      />
      <SegmentedChoice
        legend={t('settings.role')}
        name="role"
        options={ROLES}
        value={role}
        label={(option) => t(`review.roles.${option}`)}
        onChange={setRole}
        hint={t('settings.roleHint')}
      />
      <div className="field">
        <span className="field-label">{t('settings.dataFolder')}</span>
        <code className="path">{props.info.dataDir}</code>
        {props.info.readOnly && <span className="badge">{t('settings.readOnly')}</span>}
      </div>
      <p className="field-hint">{t('settings.version', { version: props.info.version })}</p>
    </Dialog>
  );
}
