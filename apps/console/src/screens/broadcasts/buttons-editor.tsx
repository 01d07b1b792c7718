import { TextInput } from '../../ui/fields';
import { SelectField } from '../../ui/select-field';
import { A_NEW_BUTTON, ButtonAction, ButtonDraft } from './draft';

const ACTIONS = [
  { value: 'url', label: 'Open a link' },
  { value: 'callback_data', label: 'Answer in the chat (callback)' },
];

const VALUE_LABELS: Record<ButtonAction, string> = { url: 'Link (http, https or tg://)', callback_data: 'Data sent back on a press' };

interface ButtonsEditorProps {
  buttons: ButtonDraft[];
  onChange: (buttons: ButtonDraft[]) => void;
}

/** The message's inline buttons; every press is tracked and counts as a click of the broadcast. */
export function ButtonsEditor({ buttons, onChange }: ButtonsEditorProps) {
  const change = (index: number, patch: Partial<ButtonDraft>) => onChange(buttons.map((button, at) => (at === index ? { ...button, ...patch } : button)));
  return (
    <fieldset>
      <legend>Buttons</legend>
      <small>A link opens through Switchboard first and a callback is answered at once, so both count as clicks.</small>
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
