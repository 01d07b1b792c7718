import type { ReactNode } from 'react';
import { TextInput } from './fields';
import { SelectField } from './select-field';

export type ButtonAction = 'url' | 'callback_data';

/** One inline button as the form edits it. */
export interface ButtonDraft {
  text: string;
  action: ButtonAction;
  value: string;
  /** Beside the button before it, rather than on a row of its own. */
  sameRow: boolean;
}

export const A_NEW_BUTTON: ButtonDraft = { text: '', action: 'url', value: '', sameRow: false };

/** Inline buttons as Telegram's reply markup: each button on a new row unless it joins the row before. */
export function replyMarkupOf(buttons: readonly ButtonDraft[]): Record<string, unknown> | null {
  if (buttons.length === 0) return null;
  const rows: Array<Array<Record<string, string>>> = [];
  for (const button of buttons) {
    const telegramButton = { text: button.text, [button.action]: button.value };
    if (button.sameRow && rows.length > 0) rows[rows.length - 1].push(telegramButton);
    else rows.push([telegramButton]);
  }
  return { inline_keyboard: rows };
}

const isButtonRow = (row: unknown): row is Array<Record<string, unknown>> => Array.isArray(row) && row.every((button) => typeof button === 'object' && button !== null);

/** The buttons of a reply markup, or null when it holds anything but link and callback buttons. */
export function buttonsOf(markup: Record<string, unknown> | null): ButtonDraft[] | null {
  if (!markup) return [];
  const rows = markup.inline_keyboard;
  if (Object.keys(markup).length !== 1 || !Array.isArray(rows) || !rows.every(isButtonRow)) return null;
  const buttons: ButtonDraft[] = [];
  for (const row of rows) {
    for (const [index, button] of row.entries()) {
      const action = (['url', 'callback_data'] as const).find((key) => typeof button[key] === 'string');
      if (!action || Object.keys(button).length !== 2 || typeof button.text !== 'string') return null;
      buttons.push({ text: button.text, action, value: button[action] as string, sameRow: index > 0 });
    }
  }
  return buttons;
}


const ACTIONS = [
  { value: 'url', label: 'Open a link' },
  { value: 'callback_data', label: 'Answer in the chat (callback)' },
];

const VALUE_LABELS: Record<ButtonAction, string> = { url: 'Link (http, https or tg://)', callback_data: 'Data sent back on a press' };

interface ButtonsEditorProps {
  buttons: readonly ButtonDraft[];
  onChange: (buttons: ButtonDraft[]) => void;
  /** What happens when a button is pressed, said under the legend. */
  note?: ReactNode;
}

/** A message's inline buttons, each a label and a link or data sent back, on its own row or beside the one before. */
export function ButtonsEditor({ buttons, onChange, note }: ButtonsEditorProps) {
  const change = (index: number, patch: Partial<ButtonDraft>) => onChange(buttons.map((button, at) => (at === index ? { ...button, ...patch } : button)));
  return (
    <fieldset>
      <legend>Buttons</legend>
      {note && <small>{note}</small>}
      {buttons.map((button, index) => (
        <fieldset key={index} className="button-draft">
          <legend>Button {index + 1}</legend>
          <TextInput label="Label" isRequired maxLength={64} value={button.text} onChange={(text) => change(index, { text })} />
          <SelectField label="Action" value={button.action} options={ACTIONS} onChange={(action) => change(index, { action: action as ButtonAction })} />
          <TextInput
            label={VALUE_LABELS[button.action]}
            isRequired
            type={button.action === 'url' ? 'url' : 'text'}
            maxLength={button.action === 'url' ? 2048 : 1024}
            value={button.value}
            onChange={(value) => change(index, { value })}
          />
          {index > 0 && (
            <label className="check">
              <input type="checkbox" checked={button.sameRow} onChange={(event) => change(index, { sameRow: event.target.checked })} />
              Beside the button before it
            </label>
          )}
          <button type="button" onClick={() => onChange(buttons.filter((_, at) => at !== index))}>
            Remove button {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...buttons, A_NEW_BUTTON])} disabled={buttons.length >= 100}>
        Add a button
      </button>
    </fieldset>
  );
}
