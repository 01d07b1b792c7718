import { useState } from 'react';
import { useQuery } from 'urql';
import { QueryStatus } from '../../ui/results';
import { useSettled } from '../../ui/settled';
import { ContactPicker } from './contact-picker';
import type { ButtonDraft } from '../../ui/inline-buttons';
import { MessageBubble } from './message-bubble';
import { PreviewForContact } from './operations';

interface ContactPreviewProps {
  botId: string;
  text: string;
  parseMode: string;
  photo: string | null;
  buttons: readonly ButtonDraft[];
}

/** The message as one real contact of the bot would receive it, merge fields filled by the API as the delivery fills them. */
export function ContactPreview({ botId, text, parseMode, photo, buttons }: ContactPreviewProps) {
  const [contactId, setContactId] = useState('');
  const settledText = useSettled(text);
  const variables = { botId, contactId, text: settledText, parseMode: parseMode || null };
  const [preview] = useQuery({ query: PreviewForContact, variables, pause: !botId || !contactId || !settledText });
  const shown = preview.data?.broadcastPreview;
  return (
    <aside className="contact-preview" aria-labelledby="contact-preview">
      <h3 id="contact-preview">Preview for a contact</h3>
      <ContactPicker label="Preview for" botId={botId} value={contactId} onChange={setContactId} />
      <QueryStatus state={preview} />
      {shown && !preview.error && (
        <>
          <MessageBubble label="Preview" text={shown.text} photo={photo} buttons={buttons} />
          {!shown.reachable && <p role="note">This contact has not started the bot or has blocked it: a broadcast would skip them.</p>}
        </>
      )}
    </aside>
  );
}
