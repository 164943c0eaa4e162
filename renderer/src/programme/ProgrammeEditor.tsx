import { useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useCommands } from '../commands/commandBus';
import type { Programme } from '../../../shared/model/programme';
import type { ProgrammeIssue } from '../../../shared/programme/checks';
import type { ProgrammeLayout } from '../../../shared/print/bilingual';
import { findSession } from '../../../shared/programme/structure';
import type { AppChrome, WorkspaceServices } from '../app/workspaceServices';
import { AppBar } from '../components/AppBar';
import { useLeaveProtection, useWindowTitle } from '../editor/editorEffects';
import type { DocumentSession } from '../editor/documentSession';
import { SaveProblem, SessionSaveIndicator } from '../editor/SaveIndicator';
import { ChecksPanel } from './ChecksPanel';
import { EventForm } from './EventForm';
import { ExportMenu } from './ExportMenu';
import { ProgrammeOutline, moveSession, type Place, type Selection } from './ProgrammeOutline';
import { ProgrammePreview } from './ProgrammePreview';
import { newId, ProgrammeEditing } from './programmeEditing';
import { useProgrammeModel } from './programmeModel';
import { RegistryForm } from './RegistryForm';
import { SessionForm } from './SessionForm';

/** A copy of a session with new ids and copies of its own texts; people and room are shared. */
function duplicateOf(
  programme: Programme,
  sessionId: string,
  copyText: (id: string | undefined) => string | undefined,
) {
  const found = findSession(programme, sessionId);
  if (!found) return null;
  const { session } = found;
  const copy = structuredClone(session);
  copy.id = newId();
  copy.title = copyText(session.title);
  copy.note = copyText(session.note);
  if (copy.title === undefined) delete copy.title;
  if (copy.note === undefined) delete copy.note;
  copy.items = session.items.map((talk) => {
    const item = { ...structuredClone(talk), id: newId() };
    const title = copyText(talk.title);
    if (title === undefined) delete item.title;
    else item.title = title;
    return item;
  });
  return { dayIndex: found.dayIndex, index: found.index, copy };
}

/**
 * The programme view: an outline of days and sessions, the form for what is selected, the
 * live checks and the paged preview. Every change is an edit of the same session the review
 * grid uses, so undo, autosave and the journal behave alike in both.
 */
export function ProgrammeEditor(props: {
  services: WorkspaceServices;
  chrome: AppChrome;
  session: DocumentSession;
  back: ReactNode;
  viewSwitch: ReactNode;
}) {
  const { session, services } = props;
  const { t, settings, setLeaveGuard } = services;
  const { document } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const model = useProgrammeModel(document);
  const editing = useMemo(
    () => new ProgrammeEditing(session, () => ({ name: settings.authorName, role: settings.role })),
    [session, settings.authorName, settings.role],
  );
  const [selection, setSelection] = useState<Selection>({ kind: 'event' });
  const [layout, setLayout] = useState<ProgrammeLayout>('sideBySide');
  // Undo changes texts under the fields: a new epoch remounts them with what is now there.
  const [epoch, setEpoch] = useState(0);
  useLeaveProtection(session, setLeaveGuard);
  useWindowTitle(t('app.documentWindowTitle', { title: document.title.zh || document.title.en }));

  const selectSession = (sessionId: string) => setSelection({ kind: 'session', sessionId });
  const focusSession = (sessionId: string) =>
    requestAnimationFrame(() =>
      window.document.querySelector<HTMLElement>(`[data-session="${sessionId}"]`)?.focus(),
    );

  const move = (sessionId: string, to: Place | 1 | -1) => {
    editing.change((draft) => moveSession(draft, sessionId, to));
    focusSession(sessionId);
  };
  const addSession = (dayId: string) => {
    const id = newId();
    editing.change((draft) => {
      draft.days
        .find((day) => day.id === dayId)
        ?.sessions.push({ id, kind: 'forum', chairs: [], moderators: [], items: [] });
    });
    selectSession(id);
  };
  const addDay = () =>
    editing.change((draft) => {
      const last = draft.days[draft.days.length - 1]?.date ?? draft.startDate;
      const day: Programme['days'][number] = { id: newId(), sessions: [] };
      if (last) day.date = draft.days.length === 0 ? last : nextDate(last);
      draft.days.push(day);
    });
  const duplicate = (sessionId: string) => {
    const copied: { id?: string } = {};
    editing.change((draft, newText) => {
      const copyText = (id: string | undefined) => {
        const unit = editing.liveUnit(id);
        return unit ? newText({ zh: unit.zh, en: unit.en }) : undefined;
      };
      const found = duplicateOf(draft, sessionId, copyText);
      if (!found) return;
      draft.days[found.dayIndex]?.sessions.splice(found.index + 1, 0, found.copy);
      copied.id = found.copy.id;
    });
    if (copied.id !== undefined) selectSession(copied.id);
  };
  const duplicateDay = (dayId: string) =>
    editing.change((draft, newText) => {
      const index = draft.days.findIndex((day) => day.id === dayId);
      const day = draft.days[index];
      if (!day) return;
      const copyText = (id: string | undefined) => {
        const unit = editing.liveUnit(id);
        return unit ? newText({ zh: unit.zh, en: unit.en }) : undefined;
      };
      const copy: Programme['days'][number] = {
        id: newId(),
        sessions: day.sessions.flatMap((session) => {
          const found = duplicateOf(draft, session.id, copyText);
          return found ? [found.copy] : [];
        }),
      };
      if (day.date) copy.date = nextDate(day.date);
      draft.days.splice(index + 1, 0, copy);
    });
  const moveDay = (dayId: string, by: 1 | -1) =>
    editing.change((draft) => {
      const index = draft.days.findIndex((day) => day.id === dayId);
      const [day] = draft.days.splice(index, 1);
      if (day) draft.days.splice(Math.max(0, index + by), 0, day);
    });
  const remove = (sessionId: string) => {
    editing.change((draft) => {
      const found = findSession(draft, sessionId);
      found?.day.sessions.splice(found.index, 1);
    });
    setSelection({ kind: 'event' });
  };

  const jump = (issue: ProgrammeIssue) => {
    const target = issue.target;
    switch (target.in) {
      case 'session':
      case 'talk':
        selectSession(target.sessionId);
        break;
      case 'person':
        setSelection({ kind: 'registry', focus: { kind: 'person', id: target.personId } });
        break;
      case 'room':
        setSelection({ kind: 'registry', focus: { kind: 'room', id: target.roomId } });
        break;
      case 'organisation':
        setSelection({
          kind: 'registry',
          focus: { kind: 'organisation', id: target.organisationId },
        });
        break;
      default:
        setSelection({ kind: 'event' });
    }
  };
  const openEntity = (kind: 'person' | 'room' | 'organisation', id: string) =>
    setSelection({ kind: 'registry', focus: { kind, id } });

  // Undo and redo from the keyboard and the app menu, as in the grid. The fields remount after
  // (a new epoch) so that none keeps a draft of text that is no longer there.
  const replay = (touched: string[] | null) => {
    if (touched) setEpoch((n) => n + 1);
  };
  useCommands(services.bus, {
    undo: { run: () => replay(session.undo()), enabled: () => session.canUndo },
    redo: { run: () => replay(session.redo()), enabled: () => session.canRedo },
  });

  // The selected session may have gone (undo, another window): fall back to the event.
  const shown: Selection =
    selection.kind === 'session' && !findSession(model.programme, selection.sessionId)
      ? { kind: 'event' }
      : selection;

  return (
    <div className="screen">
      <AppBar chrome={props.chrome} status={<SessionSaveIndicator session={session} />}>
        {props.back}
        <h1 className="document-title programme-title">{document.title.zh || document.title.en}</h1>
        {props.viewSwitch}
        <ExportMenu document={document} />
      </AppBar>
      <SaveProblem session={session} />
      <div className="programme-body">
        <aside className="programme-side">
          <ProgrammeOutline
            model={model}
            selection={shown}
            onSelect={setSelection}
            onMove={move}
            onAddSession={addSession}
            onAddDay={addDay}
            onDuplicateDay={duplicateDay}
            onMoveDay={moveDay}
            onDeleteDay={(dayId) =>
              editing.change((draft) => {
                draft.days = draft.days.filter((day) => day.id !== dayId);
              })
            }
            onDayDate={(dayId, date) =>
              editing.change((draft) => {
                const day = draft.days.find((d) => d.id === dayId);
                if (!day) return;
                if (date === '') delete day.date;
                else day.date = date;
              })
            }
          />
          <ChecksPanel document={document} onJump={jump} />
        </aside>
        <main className="programme-main" key={epoch}>
          {shown.kind === 'event' && (
            <EventForm model={model} editing={editing} onOpenEntity={openEntity} />
          )}
          {shown.kind === 'session' && (
            <SessionForm
              model={model}
              editing={editing}
              sessionId={shown.sessionId}
              onOpenEntity={openEntity}
              onDuplicate={() => duplicate(shown.sessionId)}
              onDelete={() => remove(shown.sessionId)}
            />
          )}
          {shown.kind === 'registry' && (
            <RegistryForm model={model} editing={editing} focus={shown.focus} />
          )}
        </main>
        <ProgrammePreview
          document={document}
          layout={layout}
          onLayout={setLayout}
          onOpenSession={selectSession}
          sessionId={shown.kind === 'session' ? shown.sessionId : null}
        />
      </div>
    </div>
  );
}

/** The calendar day after a YYYY-MM-DD date. */
function nextDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
