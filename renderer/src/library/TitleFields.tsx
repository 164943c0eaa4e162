import { useTranslation } from 'react-i18next';
import { MAX_TITLE_LENGTH, type BilingualTitle } from '../../../shared/model/document';
import { TextField } from '../components/TextField';

export function TitleFields(props: {
  title: BilingualTitle;
  onChange: (title: BilingualTitle) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('createDialog.titleZh')}
        lang="zh-CN"
        value={props.title.zh}
        maxLength={MAX_TITLE_LENGTH}
        autoFocus={props.autoFocus}
        onChange={(zh) => props.onChange({ ...props.title, zh })}
      />
      <TextField
        label={t('createDialog.titleEn')}
        lang="en"
        value={props.title.en}
        maxLength={MAX_TITLE_LENGTH}
        onChange={(en) => props.onChange({ ...props.title, en })}
      />
    </>
  );
}
