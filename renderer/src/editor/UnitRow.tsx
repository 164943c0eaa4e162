import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import { StickyNote } from 'lucide-react';
import { memo, useRef } from 'react';
import { LANGUAGES, type Language, type Unit } from '../../../shared/model/document';
import type { RichText } from '../../../shared/model/richText';
import { CellEditor, type CellNavigation } from './CellEditor';
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
}

export interface UnitRowProps extends UnitCallbacks {
  unit: Unit;
  number: number;
  sourceLanguage: Language;
  /** The side being edited in this row, if any. */
  activeSide: Language | null;
  caret: number | 'end';
  current: boolean;
  t: TFunction;
}

/**
 * One unit: number, Chinese, English, status, and its note beneath. Both cells are top-aligned
 * and the row is as tall as the taller one (CSS grid). The cell being edited holds the editor;
 * every other cell is static text that turns into the editor on click or focus.
 */
export const UnitRow = memo(function UnitRow(props: UnitRowProps) {
  const { unit, t } = props;
  return (
    <div
      className={`unit-row${props.current ? ' unit-row-current' : ''}`}
      role="row"
      data-unit-id={unit.id}
      aria-current={props.current || undefined}
    >
      <div className="unit-number" role="rowheader">
        {props.number}
      </div>
      {LANGUAGES.map((side) => (
        <Cell key={side} side={side} {...props} />
      ))}
      <div className="unit-status" role="cell">
        <span className={`status-chip status-${unit.status}`}>{t(`status.${unit.status}`)}</span>
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

function Cell(props: UnitRowProps & { side: Language }) {
  const { unit, side, t } = props;
  const staticRef = useRef<HTMLDivElement>(null);
  const label = t('editor.cellLabel', { number: props.number, language: t(`language.${side}`) });
  const lang = side === 'zh' ? 'zh-CN' : 'en';
  const className = `cell cell-${side}${side === props.sourceLanguage ? ' cell-source' : ''}`;
  if (props.activeSide === side) {
    return (
      <div className={`${className} cell-active`} role="cell" lang={lang}>
        <CellEditor
          initial={unit[side]}
          language={side}
          label={label}
          caret={props.caret}
          onChange={(text) => props.onChange(unit.id, side, text)}
          onNavigate={(direction) => props.onNavigate(unit.id, side, direction)}
          onEditor={props.onEditor}
        />
      </div>
    );
  }
  const text = unit[side];
  const empty = text.length === 0;
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
          props.onActivate({ unitId: unit.id, side, caret: empty ? 'end' : (offset ?? 'end') });
        }}
        onFocus={(event) => {
          // Escape hands focus back to the static cell: that must not reopen the editor.
          if (event.currentTarget.dataset.returningFocus) return;
          props.onActivate({ unitId: unit.id, side, caret: 'end' });
        }}
      >
        {!empty && <StaticRichText text={text} />}
      </div>
    </div>
  );
}
