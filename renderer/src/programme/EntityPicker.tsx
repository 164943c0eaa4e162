import { X } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameMatches } from '../../../shared/programme/entityMatch';

export interface EntityOption {
  id: string;
  zh: string;
  en: string;
}

export function entityLabel(option: EntityOption): string {
  return [option.zh, option.en].filter(Boolean).join(' / ');
}

const MAX_SHOWN = 8;

/**
 * Picks people, a room or organisations: type in either language to search, Enter or click to
 * pick, "Create …" when nothing fits. Picked entities show as chips; Backspace in the empty box
 * removes the last. `single` replaces the pick instead of adding one.
 */
export function EntityPicker(props: {
  label: string;
  options: readonly EntityOption[];
  selected: readonly string[];
  single?: boolean;
  onPick: (id: string) => void;
  onRemove: (id: string) => void;
  onCreate: (text: string) => void;
  onOpen?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(0);
  const listId = useId();
  const byId = useMemo(() => new Map(props.options.map((o) => [o.id, o])), [props.options]);
  const matches = useMemo(
    () =>
      props.options
        .filter((o) => !props.selected.includes(o.id) && nameMatches([o.zh, o.en], query))
        .slice(0, MAX_SHOWN),
    [props.options, props.selected, query],
  );
  const canCreate = query.trim() !== '';
  const choices = matches.length + (canCreate ? 1 : 0);

  const choose = (index: number) => {
    const option = matches[index];
    if (option) props.onPick(option.id);
    else if (canCreate) props.onCreate(query.trim());
    else return;
    setQuery('');
    setHighlight(0);
    setOpen(false);
  };

  return (
    <div className="entity-picker">
      <span className="field-label">{props.label}</span>
      <div className="picker-box">
        {props.selected.map((id) => {
          const option = byId.get(id);
          const name = option ? entityLabel(option) : '';
          return (
            <span key={id} className="chip">
              <button type="button" className="chip-label" onClick={() => props.onOpen?.(id)}>
                {option && (option.zh || option.en) ? (
                  <>
                    {option.zh && <span lang="zh-CN">{option.zh}</span>}
                    {option.zh && option.en && ' / '}
                    {option.en && <span lang="en">{option.en}</span>}
                  </>
                ) : (
                  t('programme.unnamedPerson')
                )}
              </button>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('programme.picker.remove', { name })}
                onClick={() => props.onRemove(id)}
              >
                <X size={12} aria-hidden />
              </button>
            </span>
          );
        })}
        <input
          type="text"
          role="combobox"
          aria-label={props.label}
          aria-expanded={open && choices > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && choices > 0 ? `${listId}-${highlight}` : undefined}
          className="picker-input"
          placeholder={props.selected.length === 0 ? t('programme.picker.search') : ''}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setHighlight(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.nativeEvent.isComposing) return;
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setHighlight((h) => Math.min(h + 1, Math.max(choices - 1, 0)));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setHighlight((h) => Math.max(h - 1, 0));
            } else if (event.key === 'Enter' && open && choices > 0) {
              event.preventDefault();
              choose(highlight);
            } else if (event.key === 'Escape' && open) {
              event.stopPropagation();
              setOpen(false);
            } else if (event.key === 'Backspace' && query === '' && props.selected.length > 0) {
              props.onRemove(props.selected[props.selected.length - 1] as string);
            }
          }}
        />
      </div>
      {open && choices > 0 && (
        <ul className="picker-list" role="listbox" id={listId} aria-label={props.label}>
          {matches.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === highlight}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(index);
              }}
            >
              <span lang="zh-CN">{option.zh}</span>
              <span lang="en" className="option-en">
                {option.en}
              </span>
            </li>
          ))}
          {canCreate && (
            <li
              id={`${listId}-${matches.length}`}
              role="option"
              aria-selected={highlight === matches.length}
              className="picker-create"
              onMouseDown={(event) => {
                event.preventDefault();
                choose(matches.length);
              }}
            >
              {t('programme.picker.create', { text: query.trim() })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
