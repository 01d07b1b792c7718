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

/** A labelled checkbox, the label after the box as the browser lays it out. */
export function CheckInput({ label, checked, onChange }: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}
