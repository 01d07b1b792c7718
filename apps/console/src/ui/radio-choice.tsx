import type { ReactNode } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  isDisabled?: boolean;
}

interface RadioChoiceProps<T extends string> {
  legend: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly RadioOption<T>[];
  /** Fields that belong to the choice, shown under it (e.g. the segment to pick). */
  children?: ReactNode;
}

/** One of a few choices as native radio buttons in a labelled group: arrow keys move between them. */
export function RadioChoice<T extends string>({ legend, value, onChange, options, children }: RadioChoiceProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="check">
          <input type="radio" name={legend} checked={value === option.value} disabled={option.isDisabled} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
