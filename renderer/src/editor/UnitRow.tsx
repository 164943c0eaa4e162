import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import { MessageSquare, StickyNote } from 'lucide-react';
import { memo, useRef } from 'react';
import { languageTag, LANGUAGES, type Language, type Unit } from '../../../shared/model/document';
import { plainText, type RichText } from '../../../shared/model/richText';
import { isStale, openCommentCount, targetSide } from '../../../shared/review/workflow';
import { textDiff } from '../../../shared/text/diff';
import { findRanges } from '../../../shared/text/search';
import { CellEditor, type CellNavigation } from './CellEditor';
import { DiffText } from './DiffText';
import { reviewChanges } from '../../../shared/review/reviewChanges';
import { StaticRichText, textOffsetAt } from './StaticRichText';

export interface ActiveCell {
  unitId: string;
  side: Language;
  caret: number | 'end';
}

/** What the grid and each row tell the editor; stable callbacks, so rows re-render only when they change. */
export interface UnitCallbacks {
  onActivate: (cell: ActiveCell) => void;
  onChange: (unitId: string, side: Language, text: RichText) => void;
  onNavigate: (unitId: string, side: Language, direction: CellNavigation) => void;
  onEditor: (editor: Editor | null) => void;
  onEditNote: (unitId: string) => void;
  onOpenComments: (unitId: string) => void;
  onSelectionText: (text: string) => void;
}

export interface UnitRowProps extends UnitCallbacks {
  unit: Unit;
  number: number;
  sourceLanguage: Language;
  /** The side being edited in this row, if any. */
  activeSide: Language | null;
  caret: number | 'end';
  /** Changes when the active cell's text was changed from outside (undo): the editor reloads. */
  editorEpoch: number;
  current: boolean;
  /** A search to mark in the static cells. */
  pattern: RegExp | null;
  searchSides: readonly Language[];
  showChanges: boolean;
  /** What the text is, in a programme: 场次名称, 人名… */
  role?: string;
  t: TFunction;
}

/**
 * One unit: number, Chinese, English, status, and its note beneath. Both cells are top-aligned
 * and the row is as tall as the taller one (CSS grid). The cell being edited holds the editor;
 * every other cell is static text that turns into the editor on click or focus. A stale unit
 * shows what changed in its source; a rejected one, why; the changes view, what review edited.
 */
export const UnitRow = memo(function UnitRow(props: UnitRowProps) {
  const { unit, t } = props;
  const stale = isStale(unit, props.sourceLanguage);
  const comments = openCommentCount(unit);
  return (
    <div
      className={`unit-row${props.current ? ' unit-row-current' : ''}${stale ? ' unit-row-stale' : ''}`}
      role="row"
      data-unit-id={unit.id}
      aria-current={props.current || undefined}
    >
      <div className="unit-number" role="rowheader">
        {props.number}
      </div>
      {LANGUAGES.map((side) => (
        <Cell key={side} side={side} stale={stale} {...props} />
      ))}
      <div className="unit-status" role="cell">
        <span className={`status-chip status-${unit.status}`}>{t(`status.${unit.status}`)}</span>
        {props.role && <span className="unit-role">{props.role}</span>}
        {stale && <span className="stale-chip">{t('review.stale')}</span>}
        {comments > 0 && (
          <button
            type="button"
            className="comment-marker"
            aria-label={t('panel.openComments', { count: comments })}
            title={t('panel.openComments', { count: comments })}
            onClick={() => props.onOpenComments(unit.id)}
          >
            <MessageSquare size={13} aria-hidden />
            {comments}
          </button>
        )}
      </div>
      {unit.note && (
        <button type="button" className="unit-note" onClick={() => props.onEditNote(unit.id)}>
          <StickyNote size={14} aria-hidden />
          <span className="unit-note-label">{t('editor.note')}</span>
          <span className="unit-note-text">{unit.note}</span>
        </button>
      )}
    </div>
  );
});

function Cell(props: UnitRowProps & { side: Language; stale: boolean }) {
  const { unit, side, t } = props;
  const staticRef = useRef<HTMLDivElement>(null);
  const label = t('editor.cellLabel', { number: props.number, language: t(`language.${side}`) });
  const lang = languageTag(side);
  const isSource = side === props.sourceLanguage;
  const className = `cell cell-${side}${isSource ? ' cell-source' : ''}`;
  const notes = <CellNotes {...props} isSource={isSource} />;
  if (props.activeSide === side) {
    return (
      <div className={`${className} cell-active`} role="cell" lang={lang}>
        <CellEditor
          key={props.editorEpoch}
          initial={unit[side]}
          language={side}
          label={label}
          caret={props.caret}
          onChange={(text) => props.onChange(unit.id, side, text)}
          onNavigate={(direction) => props.onNavigate(unit.id, side, direction)}
          onEditor={props.onEditor}
          onSelectionText={props.onSelectionText}
        />
        {notes}
      </div>
    );
  }
  const text = unit[side];
  const changes = props.showChanges && !isSource ? reviewChanges(unit, side) : null;
  const highlights =
    props.pattern && props.searchSides.includes(side)
      ? findRanges(plainText(text), props.pattern)
      : [];
  return (
    <div className={className} role="cell" lang={lang}>
      <div
        ref={staticRef}
        className="cell-static"
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        tabIndex={0}
        // Shown by CSS while the cell is empty: a hint, not content.
        data-placeholder={t(side === 'zh' ? 'editor.emptyZh' : 'editor.emptyEn')}
        onMouseDown={(event) => {
          if (event.button !== 0) return;
          event.preventDefault();
          const offset = staticRef.current
            ? textOffsetAt(staticRef.current, event.clientX, event.clientY)
            : null;
          props.onActivate({ unitId: unit.id, side, caret: offset ?? 'end' });
        }}
        onFocus={(event) => {
          // Escape hands focus back to the static cell: that must not reopen the editor.
          if (event.currentTarget.dataset.returningFocus) return;
          props.onActivate({ unitId: unit.id, side, caret: 'end' });
        }}
      >
        {changes ? (
          <DiffText segments={changes} />
        ) : (
          text.length > 0 && <StaticRichText text={text} highlights={highlights} />
        )}
      </div>
      {notes}
    </div>
  );
}

/** Beneath a cell: what changed in a stale source, why a target was sent back. */
function CellNotes(props: UnitRowProps & { side: Language; stale: boolean; isSource: boolean }) {
  const { unit, t } = props;
  if (props.isSource && props.stale && unit.confirmedSource !== undefined) {
    return (
      <div className="cell-notice cell-notice-stale" lang={languageTag(props.side)}>
        <span className="cell-notice-label">{t('review.staleHint')}</span>
        <DiffText
          segments={textDiff(unit.confirmedSource, plainText(unit[props.side]), props.side)}
        />
      </div>
    );
  }
  if (
    !props.isSource &&
    props.side === targetSide(props.sourceLanguage) &&
    unit.status === 'rejected' &&
    unit.rejection
  ) {
    return (
      <div className="cell-notice cell-notice-rejected">
        {t('review.rejectedBecause', {
          by: unit.rejection.by || t('review.anonymous'),
          reason: unit.rejection.reason,
        })}
      </div>
    );
  }
  return null;
}
