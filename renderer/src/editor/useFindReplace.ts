import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import type { Edit } from '../../../shared/edits/edit';
import { indexOfUnit, type Language, type Unit } from '../../../shared/model/document';
import type { Actor } from '../../../shared/model/review';
import { plainText } from '../../../shared/model/richText';
import { planReplacements } from '../../../shared/review/replace';
import { isConfirmed, targetSide } from '../../../shared/review/workflow';
import { textDiff } from '../../../shared/text/diff';
import { findRanges } from '../../../shared/text/search';
import type { Toast } from '../components/Toasts';
import { useStableCallback } from '../components/useStableCallback';
import type { DocumentSession } from './documentSession';
import type { ReplacePreviewItem } from './FilterBar';
import type { EditorViewState, VisibleUnits } from './useEditorView';

type Plan = ReturnType<typeof planReplacements>;

// One empty plan and preview, so that the filter bar's memo holds while replace is closed.
const NOTHING_PLANNED: Plan = [];
const NO_PREVIEW: readonly ReplacePreviewItem[] = [];
/** Units listed in the preview; replace all still covers every one. */
const PREVIEW_UNITS = 50;

/**
 * Find & replace over the units on screen: how many matches, what replacing would change
 * (the preview), and replacing one or all as one undoable step.
 */
export function useFindReplace(context: {
  session: DocumentSession;
  units: readonly Unit[];
  visible: VisibleUnits;
  view: EditorViewState;
  pattern: RegExp | null;
  searchSides: readonly Language[];
  currentUnitId: string | null;
  actor: Actor;
  apply: (edits: Edit[]) => boolean;
  goTo: (unitId: string, side: Language) => void;
  reloadEditor: () => void;
  show: (toast: Omit<Toast, 'id'>) => number;
  t: TFunction;
}) {
  const { session, visible, view, pattern, searchSides, t } = context;
  const side = view.replaceSide;

  const { replaceOpen, replaceWith } = view;
  const { regex } = view.search;
  const plan = useCallback(
    (units: readonly Unit[]): Plan =>
      pattern && replaceOpen
        ? planReplacements(units, side, pattern, replaceWith, regex)
        : NOTHING_PLANNED,
    [pattern, replaceOpen, side, replaceWith, regex],
  );

  const matchCount = useMemo(() => {
    if (!pattern) return 0;
    return visible.units.reduce(
      (sum, unit) =>
        sum + searchSides.reduce((n, s) => n + findRanges(plainText(unit[s]), pattern).length, 0),
      0,
    );
  }, [pattern, searchSides, visible]);

  const planned = useMemo(() => plan(visible.units), [plan, visible]);
  const replaceCount = useMemo(() => planned.reduce((sum, item) => sum + item.count, 0), [planned]);
  const { units } = context;
  const preview = useMemo(
    (): readonly ReplacePreviewItem[] =>
      planned === NOTHING_PLANNED
        ? NO_PREVIEW
        : planned.slice(0, PREVIEW_UNITS).map((item) => ({
            unitId: item.unitId,
            number: indexOfUnit(units, item.unitId) + 1,
            count: item.count,
            segments: textDiff(plainText(item.before), plainText(item.after), side),
          })),
    [planned, units, side],
  );

  /**
   * The replacements as of now, planned again from the live document: the preview may lag a
   * moment behind typing, and a replacement must never write over a keystroke.
   */
  const planNow = (): Plan => {
    const shown = new Set(visible.units.map((unit) => unit.id));
    return plan(session.current.units.filter((unit) => shown.has(unit.id)));
  };

  const replace = (items: Plan) => {
    if (items.length === 0) return;
    const live = session.current;
    const at = new Date().toISOString();
    const edits: Edit[] = items.map((item) => ({
      op: 'setText',
      unitId: item.unitId,
      side,
      text: item.after,
      actor: context.actor,
      at,
    }));
    const lowered =
      side === targetSide(live.sourceLanguage)
        ? items.filter((item) => {
            const unit = live.units[indexOfUnit(live.units, item.unitId)];
            return unit !== undefined && isConfirmed(unit.status);
          }).length
        : 0;
    if (!context.apply(edits)) return;
    context.reloadEditor();
    context.show({
      message:
        t('search.replaced', {
          count: items.reduce((sum, item) => sum + item.count, 0),
          units: items.length,
        }) + (lowered > 0 ? ` ${t('search.replacedLowered', { count: lowered })}` : ''),
    });
  };

  const replaceOne = useStableCallback(() => {
    // The current unit's matches first, else the first unit with any.
    const now = planNow();
    const one = now.find((item) => item.unitId === context.currentUnitId) ?? now[0];
    if (one) {
      replace([one]);
      context.goTo(one.unitId, side);
    }
  });
  const replaceAll = useStableCallback(() => replace(planNow()));
  const showUnit = useStableCallback((unitId: string) => context.goTo(unitId, side));

  return { matchCount, preview, replaceCount, replaceOne, replaceAll, showUnit };
}
