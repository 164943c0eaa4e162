import { useCallback, useMemo, useState } from 'react';
import type { DuizhaoDocument, Language, Unit } from '../../../shared/model/document';
import {
  isFiltering,
  matchesFilter,
  matchesSearch,
  NO_FILTER,
  type UnitFilter,
} from '../../../shared/review/filters';
import { targetSide } from '../../../shared/review/workflow';
import { compileQuery, type SearchQuery } from '../../../shared/text/search';

/** The units on screen, and each one's number in the whole document (filters leave gaps). */
export interface VisibleUnits {
  units: readonly Unit[];
  numberOf: (index: number) => number;
}

export interface EditorViewState {
  filter: UnitFilter;
  search: SearchQuery;
  findOpen: boolean;
  replaceOpen: boolean;
  replaceWith: string;
  replaceSide: Language;
  showChanges: boolean;
  panelOpen: boolean;
}

const INITIAL: EditorViewState = {
  filter: NO_FILTER,
  search: { text: '', scope: 'both', caseSensitive: false, regex: false },
  findOpen: false,
  replaceOpen: false,
  replaceWith: '',
  replaceSide: 'en',
  showChanges: false,
  panelOpen: true,
};

/**
 * How the grid is looked at — filters, search, replace, the changes view, the side panel —
 * and the units that this leaves on screen. None of it is saved in the document.
 */
export function useEditorView(document: DuizhaoDocument) {
  const [view, setView] = useState<EditorViewState>(() => ({
    ...INITIAL,
    replaceSide: targetSide(document.sourceLanguage),
  }));
  const update = useCallback(
    (patch: Partial<EditorViewState>) => setView((current) => ({ ...current, ...patch })),
    [],
  );

  const searching = view.findOpen && view.search.text !== '';
  const compiled = useMemo(
    () => (searching ? compileQuery(view.search) : null),
    [searching, view.search],
  );
  const pattern = compiled?.ok ? compiled.pattern : null;

  const visible = useMemo((): VisibleUnits => {
    // Unfiltered (the usual case while typing): the document's own list, nothing copied.
    if (!isFiltering(view.filter) && !pattern)
      return { units: document.units, numberOf: (index) => index + 1 };
    const units: Unit[] = [];
    const numbers: number[] = [];
    document.units.forEach((unit, index) => {
      if (!matchesFilter(unit, view.filter, document.sourceLanguage)) return;
      if (pattern && !matchesSearch(unit, pattern, view.search.scope)) return;
      units.push(unit);
      numbers.push(index + 1);
    });
    return { units, numberOf: (index) => numbers[index] ?? 0 };
  }, [document.units, document.sourceLanguage, view.filter, pattern, view.search.scope]);

  return {
    view,
    update,
    visible,
    pattern,
    patternError: compiled && !compiled.ok ? compiled.error : null,
  };
}
