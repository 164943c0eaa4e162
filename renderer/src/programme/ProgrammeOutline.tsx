import { ArrowDown, ArrowUp, CalendarPlus, Copy, Plus, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTag } from '../../../shared/model/document';
import type { Programme } from '../../../shared/model/programme';
import { formatDate, formatTimeRange } from '../../../shared/programme/dates';
import { allSessions } from '../../../shared/programme/structure';
import { Button } from '../components/Button';
import type { ProgrammeModel } from './programmeModel';

export type Selection =
  | { kind: 'event' }
  | { kind: 'session'; sessionId: string }
  | { kind: 'registry'; focus: { kind: 'person' | 'room' | 'organisation'; id: string } | null };

/** Where a session goes: a day and an index in it. */
export interface Place {
  dayId: string;
  index: number;
}

/**
 * Moves a session in a draft. Moving one step past the end of a day carries it into the next
 * day (and before the start, into the previous), as a keyboard user would expect.
 */
export function moveSession(draft: Programme, sessionId: string, to: Place | 1 | -1): void {
  const all = allSessions(draft);
  const at = all.find((entry) => entry.session.id === sessionId);
  if (!at) return;
  let place: Place;
  if (typeof to === 'object') place = to;
  else {
    const days = draft.days;
    const length = at.day.sessions.length;
    if (to === -1 && at.index === 0) {
      const previous = days[at.dayIndex - 1];
      if (!previous) return;
      place = { dayId: previous.id, index: previous.sessions.length };
    } else if (to === 1 && at.index === length - 1) {
      const next = days[at.dayIndex + 1];
      if (!next) return;
      place = { dayId: next.id, index: 0 };
    } else {
      // As a drop position: before the item that will follow it (two on when moving down).
      place = { dayId: at.day.id, index: to === 1 ? at.index + 2 : at.index - 1 };
    }
  }
  const target = draft.days.find((day) => day.id === place.dayId);
  if (!target) return;
  // A drop "before the item at index" in the same day counts the session itself: once it is
  // taken out, everything after it moves up one.
  const index = target === at.day && place.index > at.index ? place.index - 1 : place.index;
  at.day.sessions.splice(at.index, 1);
  target.sessions.splice(Math.min(index, target.sessions.length), 0, at.session);
}

export function ProgrammeOutline(props: {
  model: ProgrammeModel;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  onMove: (sessionId: string, to: Place | 1 | -1) => void;
  onAddSession: (dayId: string) => void;
  onAddDay: () => void;
  onDeleteDay: (dayId: string) => void;
  onDuplicateDay: (dayId: string) => void;
  onMoveDay: (dayId: string, by: 1 | -1) => void;
  onDayDate: (dayId: string, date: string) => void;
}) {
  const { t } = useTranslation();
  const { model, selection } = props;
  const language = t('programme.nameLanguage') === 'en' ? 'en' : 'zh';
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<Place | null>(null);
  const other = language === 'zh' ? 'en' : 'zh';
  /** A session's title in the UI language, else the other, marked with its language. */
  const title = (unitId: string | undefined, fallback: string) => {
    const own = model.text(unitId, language);
    const shown = own || model.text(unitId, other);
    return (
      <span className="outline-title" lang={languageTag(own || !shown ? language : other)}>
        {shown || fallback}
      </span>
    );
  };

  return (
    <nav className="programme-outline" aria-label={t('programme.outline.label')}>
      <button
        type="button"
        className="outline-item outline-top"
        aria-current={selection.kind === 'event' || undefined}
        onClick={() => props.onSelect({ kind: 'event' })}
      >
        {t('programme.outline.event')}
      </button>
      {model.programme.days.map((day, dayIndex) => (
        <section
          key={day.id}
          className="outline-day"
          aria-label={t('programme.outline.day', { number: dayIndex + 1 })}
        >
          <div className="outline-day-heading">
            <strong>{t('programme.outline.day', { number: dayIndex + 1 })}</strong>
            <input
              type="date"
              min="1900-01-01"
              max="9999-12-31"
              className="field-input day-date"
              aria-label={t('programme.outline.dayDate', { number: dayIndex + 1 })}
              value={day.date ?? ''}
              onChange={(event) => props.onDayDate(day.id, event.currentTarget.value)}
            />
            <span className="day-actions">
              <DayAction
                label={t('programme.outline.moveDayUp', { number: dayIndex + 1 })}
                disabled={dayIndex === 0}
                onClick={() => props.onMoveDay(day.id, -1)}
              >
                <ArrowUp size={14} aria-hidden />
              </DayAction>
              <DayAction
                label={t('programme.outline.moveDayDown', { number: dayIndex + 1 })}
                disabled={dayIndex === model.programme.days.length - 1}
                onClick={() => props.onMoveDay(day.id, 1)}
              >
                <ArrowDown size={14} aria-hidden />
              </DayAction>
              <DayAction
                label={t('programme.outline.duplicateDay', { number: dayIndex + 1 })}
                onClick={() => props.onDuplicateDay(day.id)}
              >
                <Copy size={14} aria-hidden />
              </DayAction>
            </span>
            {day.sessions.length === 0 && (
              <button
                type="button"
                className="icon-only"
                aria-label={t('programme.outline.deleteDay')}
                title={t('programme.outline.deleteDay')}
                onClick={() => props.onDeleteDay(day.id)}
              >
                <Trash2 size={14} aria-hidden />
              </button>
            )}
          </div>
          {day.date && <div className="outline-day-date">{formatDate(day.date, language)}</div>}
          <ol
            className={`outline-sessions${day.sessions.some((s) => s.start ?? s.end) ? '' : ' untimed'}`}
            onDragOver={(event) => {
              if (!dragging) return;
              event.preventDefault();
              const items = [...event.currentTarget.querySelectorAll('li')];
              const index = items.findIndex((item) => {
                const box = item.getBoundingClientRect();
                return event.clientY < box.top + box.height / 2;
              });
              setDropAt({ dayId: day.id, index: index < 0 ? items.length : index });
            }}
            onDrop={(event) => {
              event.preventDefault();
              if (dragging && dropAt) props.onMove(dragging, dropAt);
              setDragging(null);
              setDropAt(null);
            }}
          >
            {day.sessions.map((session, index) => {
              const selected = selection.kind === 'session' && selection.sessionId === session.id;
              const dropBefore = dropAt?.dayId === day.id && dropAt.index === index;
              return (
                <li
                  key={session.id}
                  draggable
                  className={`${dropBefore ? 'drop-before' : ''} ${dragging === session.id ? 'dragging' : ''}`}
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', session.id);
                    setDragging(session.id);
                  }}
                  onDragEnd={() => {
                    setDragging(null);
                    setDropAt(null);
                  }}
                >
                  <button
                    type="button"
                    className="outline-item outline-session"
                    data-session={session.id}
                    aria-current={selected || undefined}
                    onClick={() => props.onSelect({ kind: 'session', sessionId: session.id })}
                    onKeyDown={(event) => {
                      if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown'))
                        return;
                      event.preventDefault();
                      props.onMove(session.id, event.key === 'ArrowUp' ? -1 : 1);
                    }}
                  >
                    <span className="outline-time">
                      {formatTimeRange(session.start, session.end) || '—'}
                    </span>
                    {title(session.title, t(`programme.kind.${session.kind}`))}
                  </button>
                </li>
              );
            })}
            {dropAt?.dayId === day.id && dropAt.index === day.sessions.length && (
              <li className="drop-end" aria-hidden />
            )}
          </ol>
          {day.sessions.length === 0 && (
            <p className="empty-note">{t('programme.outline.noSessions')}</p>
          )}
          <Button
            variant="quiet"
            icon={<Plus size={15} aria-hidden />}
            onClick={() => props.onAddSession(day.id)}
          >
            {t('programme.outline.addSession')}
          </Button>
        </section>
      ))}
      <Button
        variant="quiet"
        icon={<CalendarPlus size={15} aria-hidden />}
        onClick={props.onAddDay}
      >
        {t('programme.outline.addDay')}
      </Button>
      <p className="outline-hint">{t('programme.outline.moveHint')}</p>
      <button
        type="button"
        className="outline-item outline-top"
        aria-current={selection.kind === 'registry' || undefined}
        onClick={() => props.onSelect({ kind: 'registry', focus: null })}
      >
        {t('programme.outline.registries')}
      </button>
    </nav>
  );
}

function DayAction(props: {
  label: string;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="icon-only"
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}
