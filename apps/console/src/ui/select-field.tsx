import { useId, type ReactNode } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Shown as the only option when there is nothing to choose from, e.g. "No bots: register one first". */
  empty?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
}

/** A labelled native select: the browser's own keyboard handling and form validation, one option per choice. */
export function SelectField({ label, value, onChange, options, empty, isRequired, isDisabled }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} required={isRequired} disabled={isDisabled} onChange={(event) => onChange(event.target.value)}>
        {options.length === 0 && empty && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
