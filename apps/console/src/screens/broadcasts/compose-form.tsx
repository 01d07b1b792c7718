import { FormEvent, ReactNode, useState } from 'react';
import type { BroadcastChoicesQuery } from '../../gql/graphql';
import { TextInput } from '../../ui/fields';
import { RadioChoice } from '../../ui/radio-choice';
import { SelectField } from '../../ui/select-field';
import { AudienceFields } from './audience-fields';
import { ButtonsEditor } from '../../ui/inline-buttons';
import { DraftForm, orFirst } from './draft';
import { ContactPreview } from './preview';

const PARSE_MODES = [
  { value: '', label: 'Plain text' },
  { value: 'HTML', label: 'HTML' },
  { value: 'MarkdownV2', label: 'MarkdownV2' },
  { value: 'Markdown', label: 'Markdown' },
];
const CONTENT_KINDS = [
  { value: 'text', label: 'Text only' },
  { value: 'photo', label: 'Photo with a caption' },
] as const;
/** Telegram's limits: a message's text, and a photo's caption. */
const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;

interface ComposeFormProps {
  heading: string;
  initial: DraftForm;
  choices: BroadcastChoicesQuery | undefined;
  /** A saved broadcast keeps its bot. */
  botLocked?: boolean;
  submitLabel: string;
  busy: boolean;
  onSubmit: (form: DraftForm) => void;
  /** The mutation's outcome, under the submit button. */
  result: ReactNode;
}

/** A broadcast's message, buttons and audience, with a preview for a real contact; creates a draft or saves one. */
export function ComposeForm({ heading, initial, choices, botLocked, submitLabel, busy, onSubmit, result }: ComposeFormProps) {
  const [form, setForm] = useState(initial);
  const set = (patch: Partial<DraftForm>) => setForm((current) => ({ ...current, ...patch }));
  const bots = choices?.bots.nodes ?? [];
  const botId = orFirst(form.botId, bots);
  const headingId = `${heading.replace(/\W+/g, '-').toLowerCase()}-heading`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...form, botId });
  };

  return (
    <form onSubmit={submit} aria-labelledby={headingId} className="compose">
      <h2 id={headingId}>{heading}</h2>
      <TextInput label="Name" isRequired maxLength={200} value={form.name} onChange={(name) => set({ name })} />
      <SelectField
        label="Bot"
        isRequired
        isDisabled={botLocked}
        value={botId}
        onChange={(id) => set({ botId: id })}
        options={bots.map((bot) => ({ value: bot.id, label: `${bot.name} (@${bot.username})` }))}
        empty="No bots: register one first"
      />
      <div className="compose-grid">
        <div>
          <MessageFields form={form} set={set} />
          {form.keepsMarkup ? (
            <p role="note">Its reply markup was set through the API in a form this screen does not edit; saving leaves it as it is.</p>
          ) : (
            <ButtonsEditor buttons={form.buttons} onChange={(buttons) => set({ buttons })} note="A link opens through Switchboard first and a callback is answered at once, so both count as clicks." />
          )}
          <AudienceFields botId={botId} choices={choices} value={form} onChange={set} />
        </div>
        <ContactPreview botId={botId} text={form.text} parseMode={form.parseMode} photo={form.withPhoto ? form.photo : null} buttons={form.buttons} />
      </div>
      <button type="submit" disabled={busy || !botId}>
        {submitLabel}
      </button>
      {result}
    </form>
  );
}

/** Text only, or a photo with the text as its caption; merge fields; the parse mode. */
function MessageFields({ form, set }: { form: DraftForm; set: (patch: Partial<DraftForm>) => void }) {
  return (
    <RadioChoice legend="Message" value={form.withPhoto ? 'photo' : 'text'} onChange={(kind) => set({ withPhoto: kind === 'photo' })} options={CONTENT_KINDS}>
      {form.withPhoto && <TextInput label="Photo (URL or Telegram file_id)" isRequired maxLength={2048} value={form.photo} onChange={(photo) => set({ photo })} />}
      <TextInput label={form.withPhoto ? 'Caption' : 'Text'} isRequired rows={5} maxLength={form.withPhoto ? MAX_CAPTION : MAX_TEXT} value={form.text} onChange={(text) => set({ text })} />
      <small>
        Merge fields are filled per contact: {'{{first_name}}'}, {'{{last_name}}'}, {'{{username}}'}, {'{{attributes.KEY}}'}, each with an optional default: {'{{first_name|there}}'}.
      </small>
      <SelectField label="Parse mode" value={form.parseMode} onChange={(parseMode) => set({ parseMode })} options={PARSE_MODES} />
    </RadioChoice>
  );
}
