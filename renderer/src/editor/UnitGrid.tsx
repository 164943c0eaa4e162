import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { forwardRef, useCallback, useImperativeHandle } from 'react';
import { LANGUAGES, type Language } from '../../../shared/model/document';
import { UnitRow, type ActiveCell, type UnitCallbacks } from './UnitRow';
import type { VisibleUnit } from './useEditorView';

export interface UnitGridProps extends UnitCallbacks {
  rows: readonly VisibleUnit[];
  total: number;
  sourceLanguage: Language;
  active: ActiveCell | null;
  editorEpoch: number;
  currentUnitId: string | null;
  pattern: RegExp | null;
  searchSides: readonly Language[];
  showChanges: boolean;
  scrollElement: HTMLElement | null;
  t: TFunction;
}

export interface UnitGridHandle {
  /** Brings a unit into view (it may not be rendered yet: the grid is virtual). */
  scrollToUnit: (unitId: string) => void;
}

/**
 * The side-by-side grid: Chinese always on the left, English on the right; the original is
 * marked. Only the rows on screen (and a margin) are rendered, so a document of thousands of
 * units opens and scrolls as fast as a short one; the row being edited always stays rendered.
 */
export const UnitGrid = forwardRef<UnitGridHandle, UnitGridProps>(function UnitGrid(props, ref) {
  const { rows, active, t } = props;
  const activeIndex = active ? rows.findIndex((row) => row.unit.id === active.unitId) : -1;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < 0 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => props.scrollElement,
    estimateSize: () => 72,
    overscan: 12,
    getItemKey: (index) => rows[index]?.unit.id ?? index,
    rangeExtractor,
  });

  useImperativeHandle(
    ref,
    () => ({
      scrollToUnit: (unitId) => {
        const index = rows.findIndex((row) => row.unit.id === unitId);
        if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
      },
    }),
    [rows, virtualizer],
  );

  return (
    <div
      className="unit-grid"
      role="table"
      aria-label={t('editor.gridLabel')}
      aria-rowcount={props.total + 1}
    >
      <div className="unit-grid-header" role="row">
        <div role="columnheader" className="unit-number">
          {t('editor.columnNumber')}
        </div>
        {LANGUAGES.map((side) => (
          <div key={side} role="columnheader" className={`column-${side}`}>
            <span>{t(`language.${side}`)}</span>
            <span
              className={
                side === props.sourceLanguage ? 'column-role column-role-source' : 'column-role'
              }
            >
              {t(side === props.sourceLanguage ? 'editor.source' : 'editor.translation')}
            </span>
          </div>
        ))}
        <div role="columnheader">{t('editor.columnStatus')}</div>
      </div>
      <div className="unit-grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const { unit } = row;
          const isActive = active?.unitId === unit.id;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="unit-row-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <UnitRow
                unit={unit}
                number={row.number}
                sourceLanguage={props.sourceLanguage}
                activeSide={isActive ? active.side : null}
                caret={isActive ? active.caret : 'end'}
                editorEpoch={isActive ? props.editorEpoch : 0}
                current={props.currentUnitId === unit.id}
                pattern={props.pattern}
                searchSides={props.searchSides}
                showChanges={props.showChanges}
                t={t}
                onActivate={props.onActivate}
                onChange={props.onChange}
                onNavigate={props.onNavigate}
                onEditor={props.onEditor}
                onEditNote={props.onEditNote}
                onOpenComments={props.onOpenComments}
                onSelectionText={props.onSelectionText}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
});
