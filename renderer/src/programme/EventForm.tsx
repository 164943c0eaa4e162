import { useTranslation } from 'react-i18next';
import {
  ORGANISATION_ROLES,
  PROGRAMME_FIELDS,
  type Programme,
} from '../../../shared/model/programme';
import { BilingualField } from './fields';
import { EntityPicker } from './EntityPicker';
import { newId, type ProgrammeEditing } from './programmeEditing';
import { nameFromTyping, typeInto, type ProgrammeModel } from './programmeModel';
import type { EntityKind } from './SessionForm';

/** Time zones offices here meet in most; a programme's own zone is always offered too. */
const ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Tokyo',
  'Europe/London',
  'America/New_York',
];

/** The event itself: what the cover says, its dates and time zone, and who organises it. */
export function EventForm(props: {
  model: ProgrammeModel;
  editing: ProgrammeEditing;
  onOpenEntity: (kind: EntityKind, id: string) => void;
}) {
  const { t } = useTranslation();
  const { model, editing } = props;
  const { programme } = model;
  const setDate = (field: 'startDate' | 'endDate', value: string) =>
    editing.change((draft) => {
      draft[field] = value === '' ? undefined : value;
    });

  return (
    <section className="programme-form" aria-label={t('programme.outline.event')}>
      <header className="form-header">
        <h2>{t('programme.outline.event')}</h2>
      </header>
      {PROGRAMME_FIELDS.map((field) => (
        <BilingualField
          key={field}
          label={t(`programme.field.${field}`)}
          unit={model.unit(programme[field])}
          onText={typeInto(editing, programme[field], (draft: Programme, id) => {
            draft[field] = id;
          })}
          onSettle={() => editing.settle()}
        />
      ))}
      <div className="form-row">
        {(['startDate', 'endDate'] as const).map((field) => (
          <label key={field} className="date-field">
            <span className="field-label">{t(`programme.field.${field}`)}</span>
            <input
              type="date"
              min="1900-01-01"
              max="9999-12-31"
              className="field-input"
              value={programme[field] ?? ''}
              onChange={(event) => setDate(field, event.currentTarget.value)}
            />
          </label>
        ))}
        <label className="date-field">
          <span className="field-label">{t('programme.field.timeZone')}</span>
          <select
            value={programme.timeZone}
            onChange={(event) => {
              const zone = event.currentTarget.value;
              editing.change((draft) => void (draft.timeZone = zone));
            }}
          >
            {[...new Set([programme.timeZone, ...ZONES])].map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h3 className="form-subheading">{t('programme.field.organisers')}</h3>
      {ORGANISATION_ROLES.map((role) => (
        <EntityPicker
          key={role}
          label={t(`programme.role.${role}`)}
          options={model.organisations}
          selected={programme.organisers
            .filter((organiser) => organiser.role === role)
            .map((organiser) => organiser.organisationId)}
          onPick={(id) =>
            editing.change((draft) => void draft.organisers.push({ role, organisationId: id }))
          }
          onRemove={(id) =>
            editing.change((draft) => {
              draft.organisers = draft.organisers.filter(
                (o) => !(o.role === role && o.organisationId === id),
              );
            })
          }
          onCreate={(typed) =>
            editing.change((draft, newText) => {
              const id = newId();
              draft.organisations.push({ id, name: newText(nameFromTyping(typed)) });
              draft.organisers.push({ role, organisationId: id });
            })
          }
          onOpen={(id) => props.onOpenEntity('organisation', id)}
        />
      ))}
      <h3 className="form-subheading">{t('programme.field.introduction')}</h3>
      {programme.introduction.map((unitId, index) => (
        <BilingualField
          key={unitId}
          label={t('programme.place.introduction', { number: index + 1 })}
          unit={model.unit(unitId)}
          multiline
          onText={typeInto(editing, unitId, () => undefined)}
          onSettle={() => editing.settle()}
        />
      ))}
    </section>
  );
}
