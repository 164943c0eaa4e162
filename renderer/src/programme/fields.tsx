import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTag, type Language, type Unit } from '../../../shared/model/document';
import { plainText } from '../../../shared/model/richText';

/**
 * A text input that keeps what is being typed while it has focus: the document on screen may
 * lag typing by a moment, and an input fed from it would jump back. Nothing is reported during
 * an IME composition, only its result.
 */
export function PlainInput(props: {
  value: string;
  onValue: (value: string) => void;
  onSettle?: () => void;
  multiline?: boolean;
  lang?: string;
  label: string;
  id?: string;
  placeholder?: string;
  invalid?: boolean;
  className?: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const composing = useRef(false);
  const value = draft ?? props.value;
  const common = {
    id: props.id,
    lang: props.lang,
    'aria-label': props.label,
    'aria-invalid': props.invalid || undefined,
    placeholder: props.placeholder,
    className: `field-input ${props.className ?? ''}`,
    value,
    onChange: (event: { currentTarget: { value: string } }) => {
      setDraft(event.currentTarget.value);
      if (!composing.current) props.onValue(event.currentTarget.value);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (event: { currentTarget: { value: string } }) => {
      composing.current = false;
      props.onValue(event.currentTarget.value);
    },
    onBlur: () => {
      props.onSettle?.();
      setDraft(null);
    },
  };
  return props.multiline ? (
    <textarea {...common} rows={Math.min(8, Math.max(2, Math.ceil(value.length / 60)))} />
  ) : (
    <input type="text" {...common} />
  );
}

/** A text in both languages side by side, Chinese left, English right, as in the grid. */
export function BilingualField(props: {
  label: string;
  unit: Unit | undefined;
  onText: (side: Language, plain: string) => void;
  onSettle: () => void;
  multiline?: boolean;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="bilingual-field" role="group" aria-labelledby={id}>
      <span className="field-label" id={id}>
        {props.label}
      </span>
      {(['zh', 'en'] as const).map((side) => (
        <PlainInput
          key={side}
          lang={languageTag(side)}
          label={t('programme.fieldInLanguage', {
            field: props.label,
            language: t(`language.${side}`),
          })}
          value={props.unit ? plainText(props.unit[side]) : ''}
          onValue={(value) => props.onText(side, value)}
          onSettle={props.onSettle}
          multiline={props.multiline}
          className={`field-${side}`}
        />
      ))}
      {props.extra}
    </div>
  );
}

/** "9:00", "0900", "9" → "09:00"; null when it is not a time of day. */
export function normaliseTime(input: string): string | null {
  const digits = input.trim().replace(/[：:.．]/g, ':');
  const match = /^(\d{1,2})(?::?(\d{2}))?$/.exec(digits);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A 24-hour time field (the venue's clock): accepts 9:00, 0900 or 14.30, stores 09:00. */
export function TimeInput(props: {
  label: string;
  value: string | undefined;
  onTime: (time: string | undefined) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? props.value ?? '';
  const invalid = shown.trim() !== '' && normaliseTime(shown) === null;
  const commit = (value: string) => {
    if (value.trim() === '') props.onTime(undefined);
    else {
      const time = normaliseTime(value);
      if (time !== null) props.onTime(time);
    }
  };
  return (
    <label className="time-field">
      <span className="field-label">{props.label}</span>
      <input
        type="text"
        inputMode="numeric"
        className="field-input time-input"
        placeholder="09:00"
        aria-invalid={invalid || undefined}
        value={shown}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          // Only a whole time as typed (9:00, 14:30): "1" on the way to "14:00" is not 01:00.
          if (/^\d{1,2}[:：.．]\d{2}$/.test(value.trim())) commit(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
        onBlur={(event) => {
          commit(event.currentTarget.value);
          if (!invalid) setText(null);
        }}
      />
    </label>
  );
}
