import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NAME_ORDERS,
  type NameOrder,
  type Organisation,
  type OrganisationField,
  type Person,
  type PersonField,
  type Programme,
  type Room,
  type RoomField,
} from '../../../shared/model/programme';
import { allSessions } from '../../../shared/programme/structure';
import { Button } from '../components/Button';
import { BilingualField } from './fields';
import { newId, type NewText, type ProgrammeEditing } from './programmeEditing';
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

type RegistryList = 'people' | 'rooms' | 'organisations';
type LabelKey =
  | (typeof PERSON_LABELS)[PersonField]
  | (typeof ROOM_LABELS)[RoomField]
  | (typeof ORGANISATION_LABELS)[OrganisationField];

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
  /** One registry's cards: its texts side by side, any extra controls, usage and delete. */
  const section = <F extends string, E extends { id: string } & { [K in F]?: string }>(spec: {
    list: RegistryList;
    heading: string;
    addLabel: string;
    entities: readonly E[];
    labels: Record<F, LabelKey>;
    add: (draft: Programme, newText: NewText) => void;
    /** The entity in a draft, to attach a new text to. */
    inDraft: (draft: Programme, id: string) => { [K in F]?: string } | undefined;
    extra?: (entity: E) => ReactNode;
  }) => (
    <>
      <header className="form-header">
        <h2>{spec.heading}</h2>
        <Button icon={<Plus size={15} aria-hidden />} onClick={() => editing.change(spec.add)}>
          {spec.addLabel}
        </Button>
      </header>
      {spec.entities.map((entity) => (
        <article
          key={entity.id}
          id={`entity-${entity.id}`}
          className={`entity-card${focus?.id === entity.id ? ' entity-focused' : ''}`}
        >
          {(Object.keys(spec.labels) as F[]).map((field) => {
            const unitId = entity[field];
            return (
              <BilingualField
                key={field}
                label={t(spec.labels[field])}
                unit={model.unit(unitId)}
                onText={typeInto(editing, unitId, (draft, id) => {
                  const found = spec.inDraft(draft, entity.id);
                  if (found) found[field] = id;
                })}
                onSettle={settle}
              />
            );
          })}
          <div className="form-row">
            {spec.extra?.(entity)}
            <span className="entity-usage">{usedNote(entity.id)}</span>
            <Button
              variant="quiet"
              icon={<Trash2 size={15} aria-hidden />}
              disabled={(uses.get(entity.id) ?? 0) > 0}
              onClick={() =>
                editing.change((draft) => {
                  (draft[spec.list] as { id: string }[]) = draft[spec.list].filter(
                    (entry) => entry.id !== entity.id,
                  );
                })
              }
            >
              {t('programme.person.delete')}
            </Button>
          </div>
        </article>
      ))}
    </>
  );

  return (
    <section className="programme-form" aria-label={t('programme.outline.registries')}>
      {section<PersonField, Person>({
        list: 'people',
        heading: t('programme.outline.people'),
        addLabel: t('programme.person.add'),
        entities: programme.people,
        labels: PERSON_LABELS,
        add: (draft, newText) => {
          draft.people.push({ id: newId(), name: newText(), nameOrder: 'surnameFirst' });
        },
        inDraft: (draft, id) => draft.people.find((p) => p.id === id),
        extra: (person) => (
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
        ),
      })}
      {section<RoomField, Room>({
        list: 'rooms',
        heading: t('programme.outline.rooms'),
        addLabel: t('programme.room.add'),
        entities: programme.rooms,
        labels: ROOM_LABELS,
        add: (draft, newText) => {
          draft.rooms.push({ id: newId(), name: newText() });
        },
        inDraft: (draft, id) => draft.rooms.find((r) => r.id === id),
      })}
      {section<OrganisationField, Organisation>({
        list: 'organisations',
        heading: t('programme.outline.organisations'),
        addLabel: t('programme.organisation.add'),
        entities: programme.organisations,
        labels: ORGANISATION_LABELS,
        add: (draft, newText) => {
          draft.organisations.push({ id: newId(), name: newText() });
        },
        inDraft: (draft, id) => draft.organisations.find((o) => o.id === id),
      })}
    </section>
  );
}
