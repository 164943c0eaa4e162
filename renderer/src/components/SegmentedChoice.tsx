import type { ReactNode } from 'react';

/** One choice out of a few, as a row of joined buttons (radio inputs underneath, for keyboard and screen readers). */
export function SegmentedChoice<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (value: T) => void;
  hint?: ReactNode;
}) {
  return (
    <fieldset className="field">
      <legend className="field-label">{props.legend}</legend>
      <div className="segmented">
        {props.options.map((option) => (
          <label key={option} className="segment">
            <input
              type="radio"
              name={props.name}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{props.label(option)}</span>
          </label>
        ))}
      </div>
      {props.hint && <p className="field-hint">{props.hint}</p>}
    </fieldset>
  );
}
