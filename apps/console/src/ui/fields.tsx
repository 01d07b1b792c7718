import type { KeyboardEvent, ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';

interface TextInputProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  isRequired?: boolean;
  maxLength?: number;
  type?: 'text' | 'email' | 'password' | 'url' | 'number' | 'datetime-local' | 'search' | 'tel';
  pattern?: string;
  min?: number;
  autoComplete?: string;
  /** A multi-line field with this many rows. */
  rows?: number;
  /** A multi-line field whose Enter submits its form (Shift+Enter starts a new line). */
  submitOnEnter?: boolean;
  /** A hint read with the field (aria-describedby) and shown under it. */
  description?: ReactNode;
  /** The field's own check: a message when the value is not acceptable; it blocks the form's submission. */
  validate?: (value: string) => string | null;
}

function submitFormOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key !== 'Enter' || event.shiftKey) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}

/** A labelled text field; the browser's own validation message shows under it when a form is submitted. */
export function TextInput({ label, value, onChange, isRequired, maxLength, type = 'text', pattern, min, autoComplete, rows, submitOnEnter, description, validate }: TextInputProps) {
  return (
    <TextField
      className="field"
      value={value}
      onChange={onChange}
      isRequired={isRequired}
      maxLength={maxLength}
      pattern={pattern}
      autoComplete={autoComplete}
      validate={validate ? (text) => validate(text) ?? true : undefined}
    >
      <Label>{label}</Label>
      {rows ? <TextArea rows={rows} onKeyDown={submitOnEnter ? submitFormOnEnter : undefined} /> : <Input type={type} min={min} />}
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
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
