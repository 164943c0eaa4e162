import { Check, CheckCheck, CornerUpLeft } from 'lucide-react';
import { memo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTag, type Language, type Unit } from '../../../shared/model/document';
import type { CommentThread, Role } from '../../../shared/model/review';
import { plainText } from '../../../shared/model/richText';
import { reviewChanges, translatorVersion } from '../../../shared/review/reviewChanges';
import { countsOf } from '../../../shared/review/stats';
import { isStale, mayApprove, targetSide } from '../../../shared/review/workflow';
import { textDiff } from '../../../shared/text/diff';
import { shortcutLabel } from '../../../shared/commands/shortcuts';
import { IS_MAC } from '../commands/commandBus';
import { Button } from '../components/Button';
import { formatDateTime } from '../components/formatDate';
import { DiffText } from './DiffText';

export interface UnitPanelProps {
  unit: Unit | null;
  number: number;
  sourceLanguage: Language;
  role: Role;
  commentBox: RefObject<HTMLTextAreaElement | null>;
  /** The comment being written on this unit, kept by the editor for each unit. */
  draft: string;
  onDraft: (unitId: string, text: string) => void;
  onConfirm: () => void;
  onApprove: () => void;
  onReject: () => void;
  /** Adds a comment (to a thread, or as a new one); false if it could not be added. */
  onAddComment: (unitId: string, threadId: string | null, text: string) => boolean;
  onResolve: (unitId: string, threadId: string, resolved: boolean) => void;
}

/** The current unit in depth: its status and actions, comments, history and what review changed. */
export const UnitPanel = memo(function UnitPanel({ commentBox, ...rest }: UnitPanelProps) {
  const props = rest;
  const { t, i18n } = useTranslation();
  const { unit } = props;
  if (!unit) {
    return (
      <aside className="unit-panel" aria-label={t('commands.togglePanel')}>
        <p className="panel-empty">{t('panel.empty')}</p>
      </aside>
    );
  }
  const stale = isStale(unit, props.sourceLanguage);
  const target = targetSide(props.sourceLanguage);
  return (
    <aside className="unit-panel" aria-label={t('panel.title', { number: props.number })}>
      <header className="panel-header">
        <h2>{t('panel.title', { number: props.number })}</h2>
        <span className={`status-chip status-${unit.status}`}>{t(`status.${unit.status}`)}</span>
        {stale && <span className="stale-chip">{t('review.stale')}</span>}
      </header>
      <div className="panel-actions">
        <Button icon={<Check size={15} aria-hidden />} onClick={props.onConfirm}>
          {t('commands.confirm')}
        </Button>
        {mayApprove(props.role) && (
          <>
            <Button icon={<CheckCheck size={15} aria-hidden />} onClick={props.onApprove}>
              {t('commands.approve')}
            </Button>
            <Button icon={<CornerUpLeft size={15} aria-hidden />} onClick={props.onReject}>
              {t('commands.reject')}
            </Button>
          </>
        )}
      </div>
      {unit.edited && (
        <p className="panel-meta">
          {t('panel.editedBy', {
            by: unit.edited.by || t('review.anonymous'),
            time: formatDateTime(unit.edited.at, i18n.language),
          })}
        </p>
      )}
      {stale && unit.confirmedSource !== undefined && (
        <section className="panel-section">
          <h3>{t('review.stale')}</h3>
          <p className="panel-hint">{t('review.staleHint')}</p>
          <p lang={languageTag(props.sourceLanguage)}>
            <DiffText
              segments={textDiff(
                unit.confirmedSource,
                plainText(unit[props.sourceLanguage]),
                props.sourceLanguage,
              )}
            />
          </p>
        </section>
      )}
      <Comments {...rest} commentBox={commentBox} unit={unit} />
      <ReviewChanges unit={unit} side={target} />
      <History unit={unit} />
      <Counts unit={unit} />
    </aside>
  );
});

function Comments({ commentBox, ...props }: UnitPanelProps & { unit: Unit }) {
  const { t } = useTranslation();
  const { unit, draft: text } = props;
  const threads = unit.comments ?? [];
  const setText = (next: string) => props.onDraft(unit.id, next);
  const add = () => {
    if (text.trim() !== '' && props.onAddComment(unit.id, null, text)) setText('');
  };
  return (
    <section className="panel-section" aria-labelledby="panel-comments">
      <h3 id="panel-comments">{t('panel.comments')}</h3>
      {threads.length === 0 && <p className="panel-hint">{t('panel.noComments')}</p>}
      {threads.map((thread) => (
        <Thread
          key={thread.id}
          thread={thread}
          onReply={(reply) => props.onAddComment(unit.id, thread.id, reply)}
          onResolve={(threadId, resolved) => props.onResolve(unit.id, threadId, resolved)}
        />
      ))}
      <label className="field-label" htmlFor="new-comment">
        {t('panel.newComment')}
      </label>
      <textarea
        id="new-comment"
        ref={commentBox}
        className="text-area"
        rows={2}
        placeholder={t('panel.newCommentHint', {
          shortcut: shortcutLabel('Mod+Enter', IS_MAC),
        })}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Ctrl+Enter posts, as in most review tools (and it must not confirm the unit).
          if (
            event.key === 'Enter' &&
            (event.ctrlKey || event.metaKey) &&
            !event.nativeEvent.isComposing
          ) {
            event.preventDefault();
            add();
          }
        }}
      />
      <Button disabled={text.trim() === ''} onClick={add}>
        {t('panel.addComment')}
      </Button>
    </section>
  );
}

function Thread(props: {
  thread: CommentThread;
  onReply: (text: string) => boolean;
  onResolve: (threadId: string, resolved: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const [reply, setReply] = useState('');
  const { thread } = props;
  return (
    <article className={`thread${thread.resolved ? ' thread-resolved' : ''}`}>
      {thread.comments.map((comment) => (
        <div key={comment.id} className="comment">
          <div className="comment-meta">
            <strong>{comment.author || t('review.anonymous')}</strong>
            <time dateTime={comment.at}>{formatDateTime(comment.at, i18n.language)}</time>
          </div>
          <p className="comment-text">{comment.text}</p>
        </div>
      ))}
      {thread.resolved ? (
        <div className="thread-footer">
          <span className="panel-hint">
            {t('panel.resolvedBy', {
              by: thread.resolved.by || t('review.anonymous'),
              time: formatDateTime(thread.resolved.at, i18n.language),
            })}
          </span>
          <Button variant="quiet" onClick={() => props.onResolve(thread.id, false)}>
            {t('panel.reopen')}
          </Button>
        </div>
      ) : (
        <div className="thread-footer">
          <input
            className="text-input"
            aria-label={t('panel.reply')}
            placeholder={t('panel.reply')}
            value={reply}
            onChange={(event) => setReply(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.nativeEvent.isComposing && reply.trim()) {
                if (props.onReply(reply)) setReply('');
              }
            }}
          />
          <Button variant="quiet" onClick={() => props.onResolve(thread.id, true)}>
            {t('panel.resolve')}
          </Button>
        </div>
      )}
    </article>
  );
}

function ReviewChanges({ unit, side }: { unit: Unit; side: Language }) {
  const { t } = useTranslation();
  const version = translatorVersion(unit, side);
  if (!version) return null;
  const changes = reviewChanges(unit, side);
  return (
    <section className="panel-section">
      <h3>{t('panel.reviewChanges')}</h3>
      <p className="panel-hint">{t('panel.reviewChangesHint')}</p>
      {changes ? (
        <p lang={languageTag(side)}>
          <DiffText segments={changes} />
        </p>
      ) : (
        <p className="panel-hint">{t('panel.noReviewChanges')}</p>
      )}
    </section>
  );
}

function History({ unit }: { unit: Unit }) {
  const { t, i18n } = useTranslation();
  const entries = [...(unit.history ?? [])].reverse();
  return (
    <section className="panel-section">
      <h3>{t('panel.history')}</h3>
      {entries.length === 0 && <p className="panel-hint">{t('panel.noHistory')}</p>}
      <ol className="history">
        {entries.map((entry, index) => (
          <li key={index}>
            <div className="comment-meta">
              <span>{t(`language.${entry.side}`)}</span>
              <span className={`status-chip status-${entry.status}`}>
                {t(`status.${entry.status}`)}
              </span>
              <span>
                {entry.by || t('review.anonymous')} · {t(`review.roles.${entry.role}`)}
              </span>
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
            </div>
            <p className="history-text" lang={languageTag(entry.side)}>
              {plainText(entry.text)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Counts({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const counts = countsOf(unit);
  return (
    <section className="panel-section">
      <h3>{t('panel.counts')}</h3>
      <p className="panel-hint">
        {t('statusBar.zhCounts', { han: counts.zh.han, nonSpace: counts.zh.nonSpace })}
      </p>
      <p className="panel-hint">
        {t('statusBar.enCounts', { count: counts.en.words, words: counts.en.words })}
      </p>
    </section>
  );
}
