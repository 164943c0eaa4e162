import type { TFunction } from 'i18next';
import { LANGUAGES, type DuizhaoDocument } from '../../../shared/model/document';
import { UnitRow, type ActiveCell, type UnitCallbacks } from './UnitRow';

export interface UnitGridProps extends UnitCallbacks {
  document: DuizhaoDocument;
  active: ActiveCell | null;
  currentUnitId: string | null;
  t: TFunction;
}

/** The side-by-side grid: Chinese always on the left, English on the right; the original is marked. */
export function UnitGrid(props: UnitGridProps) {
  const { document, active, t } = props;
  return (
    <div
      className="unit-grid"
      role="table"
      aria-label={t('editor.gridLabel')}
      aria-rowcount={document.units.length + 1}
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
                side === document.sourceLanguage ? 'column-role column-role-source' : 'column-role'
              }
            >
              {t(side === document.sourceLanguage ? 'editor.source' : 'editor.translation')}
            </span>
          </div>
        ))}
        <div role="columnheader">{t('editor.columnStatus')}</div>
      </div>
      {document.units.map((unit, index) => (
        <UnitRow
          key={unit.id}
          unit={unit}
          number={index + 1}
          sourceLanguage={document.sourceLanguage}
          activeSide={active?.unitId === unit.id ? active.side : null}
          caret={active?.unitId === unit.id ? active.caret : 'end'}
          current={props.currentUnitId === unit.id}
          t={t}
          onActivate={props.onActivate}
          onChange={props.onChange}
          onNavigate={props.onNavigate}
          onEditor={props.onEditor}
          onEditNote={props.onEditNote}
        />
      ))}
    </div>
  );
}
