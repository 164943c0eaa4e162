import { useMemo, useState } from 'react';
import type { DuizhaoDocument, Language, Unit } from '../../../shared/model/document';
import {
  matchesFilter,
  matchesSearch,
  NO_FILTER,
  type UnitFilter,
} from '../../../shared/review/filters';
import { compileQuery, type SearchQuery } from '../../../shared/text/search';

export interface VisibleUnit {
  unit: Unit;
  /** Its number in the whole document, whatever is filtered out. */
  number: number;
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
    replaceSide: targetOf(document),
  }));
  const update = (patch: Partial<EditorViewState>) =>
    setView((current) => ({ ...current, ...patch }));

  const searching = view.findOpen && view.search.text !== '';
  const compiled = useMemo(
    () => (searching ? compileQuery(view.search) : null),
    [searching, view.search],
  );
  const pattern = compiled?.ok ? compiled.pattern : null;

  const visible = useMemo(() => {
    const rows: VisibleUnit[] = [];
    document.units.forEach((unit, index) => {
      if (!matchesFilter(unit, view.filter, document.sourceLanguage)) return;
      if (pattern && !matchesSearch(unit, pattern, view.search.scope)) return;
      rows.push({ unit, number: index + 1 });
    });
    return rows;
  }, [document.units, document.sourceLanguage, view.filter, pattern, view.search.scope]);

  return {
    view,
    update,
    visible,
    pattern,
    patternError: compiled && !compiled.ok ? compiled.error : null,
  };
}

function targetOf(document: DuizhaoDocument): Language {
  return document.sourceLanguage === 'zh' ? 'en' : 'zh';
}
