import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BilingualTitle } from '../../../shared/model/document';

export function TitleFields(props: {
  title: BilingualTitle;
  onChange: (title: BilingualTitle) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const zhId = useId();
  const enId = useId();
  return (
    <>
      <div className="field">
        <label className="field-label" htmlFor={zhId}>
          {t('createDialog.titleZh')}
        </label>
        <input
          id={zhId}
          className="text-input"
          lang="zh-CN"
          value={props.title.zh}
          maxLength={500}
          data-autofocus={props.autoFocus ? true : undefined}
          onChange={(event) => props.onChange({ ...props.title, zh: event.target.value })}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={enId}>
          {t('createDialog.titleEn')}
        </label>
        <input
          id={enId}
          className="text-input"
          lang="en"
          value={props.title.en}
          maxLength={500}
          onChange={(event) => props.onChange({ ...props.title, en: event.target.value })}
        />
      </div>
    </>
  );
}
