import type { TFunction } from 'i18next';
import { Pencil } from 'lucide-react';
import { memo } from 'react';
import type { BilingualTitle, DocumentKind } from '../../../shared/model/document';
import { IconButton } from '../components/Button';

/** The document's bilingual title and kind in the app bar; memoised so typing never re-renders it. */
export const DocumentHeading = memo(function DocumentHeading(props: {
  title: BilingualTitle;
  kind: DocumentKind;
  t: TFunction;
  onRename: () => void;
}) {
  const { title, kind, t } = props;
  return (
    <div className="document-heading">
      <h1 className="document-heading-title">
        <span lang="zh-CN">{title.zh}</span>
        {title.zh && title.en && (
          <span className="title-separator" aria-hidden>
            /
          </span>
        )}
        <span lang="en">{title.en}</span>
      </h1>
      <span className={`kind-badge kind-${kind}`}>{t(`kind.${kind}`)}</span>
      <IconButton label={t('editor.renameTitle')} onClick={props.onRename}>
        <Pencil size={15} aria-hidden />
      </IconButton>
    </div>
  );
});
