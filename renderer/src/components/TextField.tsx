import { useId } from 'react';

/** A labelled text box (or text area), with an optional hint under it. */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  lang?: string;
  hint?: string;
  /** Takes the focus when its dialog opens. */
  autoFocus?: boolean;
  rows?: number;
}) {
  const id = useId();
  const common = {
    id,
    lang: props.lang,
    value: props.value,
    maxLength: props.maxLength,
    'data-autofocus': props.autoFocus ? true : undefined,
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      {props.rows ? (
        <textarea
          {...common}
          className="text-area"
          rows={props.rows}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          className="text-input"
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
      {props.hint && <p className="field-hint">{props.hint}</p>}
    </div>
  );
}
