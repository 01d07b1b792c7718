import type { ReactNode } from 'react';
import { FieldError, Input, Label, TextArea, TextField } from 'react-aria-components';

interface TextInputProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  isRequired?: boolean;
  maxLength?: number;
  type?: 'text' | 'email' | 'password' | 'url' | 'number' | 'datetime-local';
  pattern?: string;
  min?: number;
  autoComplete?: string;
  /** A multi-line field with this many rows. */
  rows?: number;
}

/** A labelled text field; the browser's own validation message shows under it when a form is submitted. */
export function TextInput({ label, value, onChange, isRequired, maxLength, type = 'text', pattern, min, autoComplete, rows }: TextInputProps) {
  return (
    <TextField className="field" value={value} onChange={onChange} isRequired={isRequired} maxLength={maxLength} pattern={pattern} autoComplete={autoComplete}>
      <Label>{label}</Label>
      {rows ? <TextArea rows={rows} /> : <Input type={type} min={min} />}
      <FieldError className="field-error" />
    </TextField>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectInputProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
}

/** A labelled choice among a few options: the browser's own select, which every keyboard and screen reader knows. */
export function SelectInput({ label, value, onChange, options }: SelectInputProps) {
  return (
    <label className="field">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
