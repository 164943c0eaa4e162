import { CaseSensitive, Regex, Replace as ReplaceIcon, Search, X } from 'lucide-react';
import { memo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  languageTag,
  LANGUAGES,
  UNIT_STATUSES,
  type Language,
} from '../../../shared/model/document';
import { isFiltering, NO_FILTER } from '../../../shared/review/filters';
import type { DocumentProgress } from '../../../shared/review/stats';
import { SEARCH_SCOPES } from '../../../shared/text/search';
import type { DiffSegment } from '../../../shared/text/diff';
import { Button, IconButton } from '../components/Button';
import { DiffText } from './DiffText';
import type { EditorViewState } from './useEditorView';

export interface ReplacePreviewItem {
  unitId: string;
  number: number;
  count: number;
  segments: DiffSegment[];
}

export interface FilterBarProps {
  view: EditorViewState;
  update: (patch: Partial<EditorViewState>) => void;
  /** Units by status and condition, for the chips. */
  counts: DocumentProgress;
  shown: number;
  matchCount: number;
  patternError: string | null;
  /** The first units replace would change; replaceCount counts every match it would replace. */
  preview: readonly ReplacePreviewItem[];
  replaceCount: number;
  searchInput: RefObject<HTMLInputElement | null>;
  onReplaceOne: () => void;
  onReplaceAll: () => void;
  onShowUnit: (unitId: string) => void;
}

/** Filters by status and condition, search in either language, and find & replace with a preview. */
export const FilterBar = memo(function FilterBar({ searchInput, ...props }: FilterBarProps) {
  const { t } = useTranslation();
  const { view, update, counts: stats } = props;
  const { filter, search } = view;
  const toggleStatus = (status: (typeof UNIT_STATUSES)[number]) =>
    update({
      filter: {
        ...filter,
        statuses: filter.statuses.includes(status)
          ? filter.statuses.filter((s) => s !== status)
          : [...filter.statuses, status],
      },
    });
  const conditions = [
    { key: 'stale', label: t('filters.stale'), count: stats.stale },
    { key: 'openComments', label: t('filters.openComments'), count: stats.openComments },
    { key: 'emptyTarget', label: t('filters.emptyTarget'), count: null },
  ] as const;

  return (
    <section className="filter-bar" aria-label={t('filters.label')}>
      <div className="filter-row">
        <div className="chip-group" role="group" aria-label={t('editor.columnStatus')}>
          {UNIT_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              className={`filter-chip chip-${status}`}
              aria-pressed={filter.statuses.includes(status)}
              onClick={() => toggleStatus(status)}
            >
              {t(`status.${status}`)} <span className="chip-count">{stats.byStatus[status]}</span>
            </button>
          ))}
        </div>
        <div className="chip-group" role="group" aria-label={t('filters.label')}>
          {conditions.map(({ key, label, count }) => (
            <button
              key={key}
              type="button"
              className="filter-chip"
              aria-pressed={filter[key]}
              onClick={() => update({ filter: { ...filter, [key]: !filter[key] } })}
            >
              {label}
              {count !== null && <span className="chip-count">{count}</span>}
            </button>
          ))}
        </div>
        {(isFiltering(filter) || (view.findOpen && search.text)) && (
          <span className="filter-summary" role="status">
            {t('filters.showing', { shown: props.shown, total: stats.units })}
          </span>
        )}
        {isFiltering(filter) && (
          <Button variant="quiet" onClick={() => update({ filter: NO_FILTER })}>
            {t('filters.clear')}
          </Button>
        )}
      </div>
      {view.findOpen && (
        <div className="filter-row search-row">
          <label className="search-box">
            <Search size={15} aria-hidden />
            <span className="visually-hidden">{t('search.label')}</span>
            <input
              ref={searchInput}
              type="search"
              value={search.text}
              aria-invalid={props.patternError !== null}
              onChange={(event) => update({ search: { ...search, text: event.target.value } })}
              onKeyDown={(event) => {
                if (event.key === 'Escape') update({ findOpen: false, replaceOpen: false });
              }}
            />
          </label>
          <select
            className="select"
            aria-label={t('search.scope')}
            value={search.scope}
            onChange={(event) =>
              update({
                search: { ...search, scope: event.target.value as (typeof SEARCH_SCOPES)[number] },
              })
            }
          >
            {SEARCH_SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {scope === 'both' ? t('search.scopeBoth') : t(`language.${scope}`)}
              </option>
            ))}
          </select>
          <IconButton
            label={t('search.caseSensitive')}
            pressed={search.caseSensitive}
            onClick={() => update({ search: { ...search, caseSensitive: !search.caseSensitive } })}
          >
            <CaseSensitive size={17} aria-hidden />
          </IconButton>
          <IconButton
            label={t('search.regex')}
            pressed={search.regex}
            onClick={() => update({ search: { ...search, regex: !search.regex } })}
          >
            <Regex size={17} aria-hidden />
          </IconButton>
          <span className="search-count" role="status">
            {props.patternError
              ? t('search.badPattern', { error: props.patternError })
              : search.text && t('search.matches', { count: props.matchCount })}
          </span>
          <IconButton
            label={t('commands.replace')}
            pressed={view.replaceOpen}
            onClick={() => update({ replaceOpen: !view.replaceOpen })}
          >
            <ReplaceIcon size={17} aria-hidden />
          </IconButton>
          <IconButton
            label={t('common.close')}
            onClick={() => update({ findOpen: false, replaceOpen: false })}
          >
            <X size={17} aria-hidden />
          </IconButton>
        </div>
      )}
      {view.findOpen && view.replaceOpen && <ReplaceRow {...props} />}
    </section>
  );
});

function ReplaceRow(props: Omit<FilterBarProps, 'searchInput'>) {
  const { t } = useTranslation();
  const { view, update } = props;
  const total = props.replaceCount;
  return (
    <div className="replace-panel">
      <div className="filter-row">
        <label className="search-box">
          <ReplaceIcon size={15} aria-hidden />
          <span className="visually-hidden">{t('search.replaceWith')}</span>
          <input
            type="text"
            placeholder={t('search.replaceWith')}
            aria-label={t('search.replaceWith')}
            value={view.replaceWith}
            onChange={(event) => update({ replaceWith: event.target.value })}
          />
        </label>
        <select
          className="select"
          aria-label={t('search.replaceIn')}
          value={view.replaceSide}
          onChange={(event) => update({ replaceSide: event.target.value as Language })}
        >
          {LANGUAGES.map((side) => (
            <option key={side} value={side}>
              {t(`language.${side}`)}
            </option>
          ))}
        </select>
        <Button disabled={total === 0} onClick={props.onReplaceOne}>
          {t('search.replaceOne')}
        </Button>
        <Button variant="primary" disabled={total === 0} onClick={props.onReplaceAll}>
          {t('search.replaceAll')}
        </Button>
        <span className="search-count">{t('search.willReplace', { count: total })}</span>
      </div>
      {props.preview.length > 0 && (
        <ol className="replace-preview" aria-label={t('search.preview')}>
          {props.preview.map((item) => (
            <li key={item.unitId}>
              <button
                type="button"
                className="link-button preview-unit"
                onClick={() => props.onShowUnit(item.unitId)}
              >
                {item.number}
              </button>
              <span lang={languageTag(view.replaceSide)}>
                <DiffText segments={item.segments} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
