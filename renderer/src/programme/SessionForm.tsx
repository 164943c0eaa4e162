import { Copy, Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  SESSION_KINDS,
  type Programme,
  type Session,
  type Talk,
} from '../../../shared/model/programme';
import { formatDate } from '../../../shared/programme/dates';
import { findSession } from '../../../shared/programme/structure';
import { Button } from '../components/Button';
import { BilingualField, TimeInput } from './fields';
import { EntityPicker } from './EntityPicker';
import { newId, type NewText, type ProgrammeEditing } from './programmeEditing';
import { nameFromTyping, typeInto, type ProgrammeModel } from './programmeModel';

export type EntityKind = 'person' | 'room' | 'organisation';

/** Finds the session (and talk) in a draft structure, to change it in place. */
function inDraft(draft: Programme, sessionId: string): Session {
  const found = findSession(draft, sessionId);
  if (!found) throw new Error(`session ${sessionId} is gone`);
  return found.session;
}

export function addPerson(draft: Programme, newText: NewText, typed: string): string {
  const id = newId();
  draft.people.push({ id, name: newText(nameFromTyping(typed)), nameOrder: 'surnameFirst' });
  return id;
}

/** One session: kind, title, time, room, chairs, moderators, talks and note, both languages. */
export function SessionForm(props: {
  model: ProgrammeModel;
  editing: ProgrammeEditing;
  sessionId: string;
  onOpenEntity: (kind: EntityKind, id: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const { model, editing, sessionId } = props;
  const found = findSession(model.programme, sessionId);
  if (!found) return <p className="empty-note">{t('programme.session.none')}</p>;
  const { session, day } = found;
  const change = (mutate: (session: Session, draft: Programme, newText: NewText) => void) =>
    editing.change((draft, newText) => mutate(inDraft(draft, sessionId), draft, newText));
  const settle = () => editing.settle();

  const peoplePicker = (label: string, ids: readonly string[], field: 'chairs' | 'moderators') => (
    <EntityPicker
      label={label}
      options={model.people}
      selected={ids}
      onPick={(id) => change((s) => void s[field].push(id))}
      onRemove={(id) => change((s) => void (s[field] = s[field].filter((p) => p !== id)))}
      onCreate={(typed) =>
        change((s, draft, newText) => void s[field].push(addPerson(draft, newText, typed)))
      }
      onOpen={(id) => props.onOpenEntity('person', id)}
    />
  );

  return (
    <section className="programme-form" aria-label={t('programme.session.form')}>
      <header className="form-header">
        <h2>
          {model.text(session.title, 'zh') ||
            model.text(session.title, 'en') ||
            t(`programme.kind.${session.kind}`)}
        </h2>
        <Button variant="quiet" icon={<Copy size={15} aria-hidden />} onClick={props.onDuplicate}>
          {t('programme.outline.duplicate')}
        </Button>
        <Button variant="quiet" icon={<Trash2 size={15} aria-hidden />} onClick={props.onDelete}>
          {t('programme.outline.delete')}
        </Button>
      </header>
      <div className="form-row">
        <label className="select-field">
          <span className="field-label">{t('programme.session.kind')}</span>
          <select
            value={session.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value as Session['kind'];
              change((s) => {
                s.kind = kind;
              });
            }}
          >
            {SESSION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`programme.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <TimeInput
          label={t('programme.session.start')}
          value={session.start}
          onTime={(time) => change((s) => setTime(s, 'start', time))}
        />
        <TimeInput
          label={t('programme.session.end')}
          value={session.end}
          onTime={(time) => change((s) => setTime(s, 'end', time))}
        />
        <label className="select-field">
          <span className="field-label">{t('programme.session.date')}</span>
          <select
            value={day.id}
            onChange={(event) => {
              const dayId = event.currentTarget.value;
              editing.change((draft) => {
                const at = findSession(draft, sessionId);
                const target = draft.days.find((d) => d.id === dayId);
                if (!at || !target) return;
                at.day.sessions.splice(at.index, 1);
                target.sessions.push(at.session);
              });
            }}
          >
            {model.programme.days.map((d, index) => (
              <option key={d.id} value={d.id}>
                {d.date
                  ? formatDate(d.date, t('programme.nameLanguage') === 'en' ? 'en' : 'zh')
                  : t('programme.outline.day', { number: index + 1 })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <BilingualField
        label={t('programme.session.title')}
        unit={model.unit(session.title)}
        onText={typeInto(editing, session.title, (draft, id) => {
          inDraft(draft, sessionId).title = id;
        })}
        onSettle={settle}
      />
      <EntityPicker
        label={t('programme.session.room')}
        options={model.rooms}
        selected={session.roomId ? [session.roomId] : []}
        single
        onPick={(id) =>
          change((s) => {
            s.roomId = id;
          })
        }
        onRemove={() =>
          change((s) => {
            s.roomId = undefined;
          })
        }
        onCreate={(typed) =>
          change((s, draft, newText) => {
            const id = newId();
            draft.rooms.push({ id, name: newText(nameFromTyping(typed)) });
            s.roomId = id;
          })
        }
        onOpen={(id) => props.onOpenEntity('room', id)}
      />
      {peoplePicker(t('programme.session.chairs'), session.chairs, 'chairs')}
      {peoplePicker(t('programme.session.moderators'), session.moderators, 'moderators')}

      <h3 className="form-subheading">{t('programme.session.items')}</h3>
      <ol className="talk-list">
        {session.items.map((talk, index) => (
          <TalkFields
            key={talk.id}
            talk={talk}
            number={index + 1}
            sessionId={sessionId}
            model={model}
            editing={editing}
            onOpenPerson={(id) => props.onOpenEntity('person', id)}
          />
        ))}
      </ol>
      <Button
        icon={<Plus size={15} aria-hidden />}
        onClick={() => change((s) => void s.items.push({ id: newId(), speakers: [] }))}
      >
        {t('programme.session.addTalk')}
      </Button>
      <BilingualField
        label={t('programme.session.note')}
        unit={model.unit(session.note)}
        multiline
        onText={typeInto(editing, session.note, (draft, id) => {
          inDraft(draft, sessionId).note = id;
        })}
        onSettle={settle}
      />
    </section>
  );
}

function setTime(item: Session | Talk, field: 'start' | 'end', time: string | undefined) {
  item[field] = time;
}

function TalkFields(props: {
  talk: Talk;
  number: number;
  sessionId: string;
  model: ProgrammeModel;
  editing: ProgrammeEditing;
  onOpenPerson: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { talk, model, editing } = props;
  const change = (mutate: (talk: Talk, draft: Programme, newText: NewText) => void) =>
    editing.change((draft, newText) => {
      const found = inDraft(draft, props.sessionId).items.find((item) => item.id === talk.id);
      if (found) mutate(found, draft, newText);
    });
  return (
    <li className="talk" aria-label={t('programme.session.talk', { number: props.number })}>
      <div className="form-row">
        <TimeInput
          label={t('programme.session.start')}
          value={talk.start}
          onTime={(time) => change((item) => setTime(item, 'start', time))}
        />
        <TimeInput
          label={t('programme.session.end')}
          value={talk.end}
          onTime={(time) => change((item) => setTime(item, 'end', time))}
        />
        <Button
          variant="quiet"
          icon={<Trash2 size={15} aria-hidden />}
          onClick={() =>
            editing.change((draft) => {
              const session = inDraft(draft, props.sessionId);
              session.items = session.items.filter((item) => item.id !== talk.id);
            })
          }
        >
          {t('programme.session.removeTalk', { number: props.number })}
        </Button>
      </div>
      <BilingualField
        label={t('programme.session.talkTitle')}
        unit={model.unit(talk.title)}
        onText={typeInto(editing, talk.title, (draft, id) => {
          const found = inDraft(draft, props.sessionId).items.find((item) => item.id === talk.id);
          if (found) found.title = id;
        })}
        onSettle={() => editing.settle()}
      />
      <EntityPicker
        label={t('programme.session.speakers')}
        options={model.people}
        selected={talk.speakers}
        onPick={(id) => change((item) => void item.speakers.push(id))}
        onRemove={(id) =>
          change((item) => void (item.speakers = item.speakers.filter((p) => p !== id)))
        }
        onCreate={(typed) =>
          change(
            (item, draft, newText) => void item.speakers.push(addPerson(draft, newText, typed)),
          )
        }
        onOpen={props.onOpenPerson}
      />
    </li>
  );
}
