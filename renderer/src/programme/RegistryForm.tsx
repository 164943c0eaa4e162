import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_ORDERS, type NameOrder, type Programme } from '../../../shared/model/programme';
import { allSessions } from '../../../shared/programme/structure';
import { Button } from '../components/Button';
import { BilingualField } from './fields';
import { newId, type ProgrammeEditing } from './programmeEditing';
import { typeInto, type ProgrammeModel } from './programmeModel';
import type { EntityKind } from './SessionForm';

// Field labels by field, spelled out so every message key is written somewhere whole.
const PERSON_LABELS = {
  name: 'programme.person.name',
  title: 'programme.person.title',
  affiliation: 'programme.person.affiliation',
} as const;
const ROOM_LABELS = { name: 'programme.room.name', location: 'programme.room.location' } as const;
const ORGANISATION_LABELS = {
  name: 'programme.organisation.name',
  shortName: 'programme.organisation.shortName',
} as const;

/** How many places name each entity: people in sessions and talks, rooms, organisers. */
function usage(programme: Programme): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (id: string | undefined) => {
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const { session } of allSessions(programme)) {
    count(session.roomId);
    session.chairs.forEach(count);
    session.moderators.forEach(count);
    session.items.forEach((talk) => talk.speakers.forEach(count));
  }
  programme.organisers.forEach((organiser) => count(organiser.organisationId));
  return counts;
}

/**
 * People, rooms and organisations, each translated once here and shown wherever named. An
 * entity still named somewhere cannot be deleted (remove it from its sessions first).
 */
export function RegistryForm(props: {
  model: ProgrammeModel;
  editing: ProgrammeEditing;
  focus: { kind: EntityKind; id: string } | null;
}) {
  const { t } = useTranslation();
  const { model, editing, focus } = props;
  const { programme } = model;
  const uses = useMemo(() => usage(programme), [programme]);
  const settle = () => editing.settle();

  useEffect(() => {
    if (!focus) return;
    const element = document.getElementById(`entity-${focus.id}`);
    element?.scrollIntoView({ block: 'start' });
    element?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [focus]);

  const usedNote = (id: string) => {
    const count = uses.get(id) ?? 0;
    return count > 0 ? t('programme.person.inUse', { count }) : t('programme.person.unused');
  };
  const remove = (id: string, list: 'people' | 'rooms' | 'organisations') => (
    <Button
      variant="quiet"
      icon={<Trash2 size={15} aria-hidden />}
      disabled={(uses.get(id) ?? 0) > 0}
      onClick={() =>
        editing.change((draft) => {
          (draft[list] as { id: string }[]) = draft[list].filter((entry) => entry.id !== id);
        })
      }
    >
      {t('programme.person.delete')}
    </Button>
  );
  const entityClass = (id: string) => `entity-card${focus?.id === id ? ' entity-focused' : ''}`;

  return (
    <section className="programme-form" aria-label={t('programme.outline.registries')}>
      <header className="form-header">
        <h2>{t('programme.outline.people')}</h2>
        <Button
          icon={<Plus size={15} aria-hidden />}
          onClick={() =>
            editing.change(
              (draft, newText) =>
                void draft.people.push({ id: newId(), name: newText(), nameOrder: 'surnameFirst' }),
            )
          }
        >
          {t('programme.person.add')}
        </Button>
      </header>
      {programme.people.map((person) => (
        <article key={person.id} id={`entity-${person.id}`} className={entityClass(person.id)}>
          {(['name', 'title', 'affiliation'] as const).map((field) => (
            <BilingualField
              key={field}
              label={t(PERSON_LABELS[field])}
              unit={model.unit(person[field])}
              onText={typeInto(editing, person[field], (draft, id) => {
                const found = draft.people.find((p) => p.id === person.id);
                if (found) found[field] = id;
              })}
              onSettle={settle}
            />
          ))}
          <div className="form-row">
            <label className="select-field">
              <span className="field-label">{t('programme.person.nameOrder')}</span>
              <select
                value={person.nameOrder}
                onChange={(event) => {
                  const order = event.currentTarget.value as NameOrder;
                  editing.change((draft) => {
                    const found = draft.people.find((p) => p.id === person.id);
                    if (found) found.nameOrder = order;
                  });
                }}
              >
                {NAME_ORDERS.map((order) => (
                  <option key={order} value={order}>
                    {t(`programme.nameOrder.${order}`)}
                  </option>
                ))}
              </select>
            </label>
            <span className="entity-usage">{usedNote(person.id)}</span>
            {remove(person.id, 'people')}
          </div>
        </article>
      ))}

      <header className="form-header">
        <h2>{t('programme.outline.rooms')}</h2>
        <Button
          icon={<Plus size={15} aria-hidden />}
          onClick={() =>
            editing.change(
              (draft, newText) => void draft.rooms.push({ id: newId(), name: newText() }),
            )
          }
        >
          {t('programme.room.add')}
        </Button>
      </header>
      {programme.rooms.map((room) => (
        <article key={room.id} id={`entity-${room.id}`} className={entityClass(room.id)}>
          {(['name', 'location'] as const).map((field) => (
            <BilingualField
              key={field}
              label={t(ROOM_LABELS[field])}
              unit={model.unit(room[field])}
              onText={typeInto(editing, room[field], (draft, id) => {
                const found = draft.rooms.find((r) => r.id === room.id);
                if (found) found[field] = id;
              })}
              onSettle={settle}
            />
          ))}
          <div className="form-row">
            <span className="entity-usage">{usedNote(room.id)}</span>
            {remove(room.id, 'rooms')}
          </div>
        </article>
      ))}

      <header className="form-header">
        <h2>{t('programme.outline.organisations')}</h2>
        <Button
          icon={<Plus size={15} aria-hidden />}
          onClick={() =>
            editing.change(
              (draft, newText) => void draft.organisations.push({ id: newId(), name: newText() }),
            )
          }
        >
          {t('programme.organisation.add')}
        </Button>
      </header>
      {programme.organisations.map((organisation) => (
        <article
          key={organisation.id}
          id={`entity-${organisation.id}`}
          className={entityClass(organisation.id)}
        >
          {(['name', 'shortName'] as const).map((field) => (
            <BilingualField
              key={field}
              label={t(ORGANISATION_LABELS[field])}
              unit={model.unit(organisation[field])}
              onText={typeInto(editing, organisation[field], (draft, id) => {
                const found = draft.organisations.find((o) => o.id === organisation.id);
                if (found) found[field] = id;
              })}
              onSettle={settle}
            />
          ))}
          <div className="form-row">
            <span className="entity-usage">{usedNote(organisation.id)}</span>
            {remove(organisation.id, 'organisations')}
          </div>
        </article>
      ))}
    </section>
  );
}
