import { SelectInput, TextInput } from '../../ui/fields';

export interface ButtonDraft {
  text: string;
  action: 'url' | 'callback_data';
  value: string;
}

const ACTIONS = [
  { value: 'url', label: 'Opens a link' },
  { value: 'callback_data', label: 'Sends data back (a press)' },
] as const;

/** Telegram's inline keyboard for the drafts, one button a row; none without buttons. */
export function inlineKeyboardOf(buttons: readonly ButtonDraft[]): Record<string, unknown> | null {
  if (buttons.length === 0) return null;
  return { inline_keyboard: buttons.map((button) => [{ text: button.text, [button.action]: button.value }]) };
}

/** Inline buttons under a message: each a label and either a link or data sent back when pressed. */
export function ButtonsEditor({ buttons, onChange }: { buttons: readonly ButtonDraft[]; onChange: (buttons: ButtonDraft[]) => void }) {
  const change = (index: number, patch: Partial<ButtonDraft>) => onChange(buttons.map((button, at) => (at === index ? { ...button, ...patch } : button)));
  return (
    <fieldset className="buttons-editor">
      <legend>Buttons</legend>
      {buttons.map((button, index) => {
        const name = `Button ${index + 1}`;
        return (
          <div className="button-draft" key={index}>
            <TextInput label={`${name} text`} isRequired maxLength={64} value={button.text} onChange={(text) => change(index, { text })} />
            <SelectInput label={`${name} action`} value={button.action} options={ACTIONS} onChange={(action) => change(index, { action: action as ButtonDraft['action'], value: '' })} />
            <TextInput
              label={button.action === 'url' ? `${name} link` : `${name} data`}
              isRequired
              type={button.action === 'url' ? 'url' : 'text'}
              maxLength={button.action === 'url' ? 2048 : 1024}
              value={button.value}
              onChange={(value) => change(index, { value })}
            />
            <button type="button" className="secondary" onClick={() => onChange(buttons.filter((_, at) => at !== index))}>
              Remove {name.toLowerCase()}
            </button>
          </div>
        );
      })}
      <button type="button" className="secondary" onClick={() => onChange([...buttons, { text: '', action: 'url', value: '' }])} disabled={buttons.length >= 8}>
        Add a button
      </button>
    </fieldset>
  );
}
