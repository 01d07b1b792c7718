import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { TextInput } from '../../ui/fields';
import { MutationResult } from '../../ui/results';
import { ButtonDraft, ButtonsEditor, replyMarkupOf } from '../../ui/inline-buttons';
import { Conversation, nameOf } from './names';
import { SendReply } from './operations';

/**
 * A reply, with inline buttons if any, through sendMessage: its callback buttons and links are
 * tracked, so a press shows as CLICKED. (sendInteractiveMessage follows Octopods' rules, whose
 * reply buttons carry links only, untracked.) The thread shows it QUEUED, then as it goes.
 */
export function ReplyForm({ conversation, onSent }: { conversation: Conversation; onSent: () => void }) {
  const [text, setText] = useState('');
  const [buttons, setButtons] = useState<ButtonDraft[]>([]);
  const [sent, send] = useMutation(SendReply);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const replyMarkup = replyMarkupOf(buttons);
    const answer = await send({ input: { botId: conversation.botId, chatId: conversation.chatId, text, ...(replyMarkup ? { replyMarkup } : {}) } });
    if (!answer.data) return;
    setText('');
    setButtons([]);
    onSent();
  };

  return (
    <form onSubmit={submit} className="reply" aria-label={`Reply to ${nameOf(conversation)}`}>
      <TextInput label="Reply" isRequired maxLength={4096} rows={3} value={text} onChange={setText} />
      <ButtonsEditor buttons={buttons} onChange={setButtons} note="Presses and link opens are tracked: the reply shows CLICKED." />
      <button type="submit" disabled={sent.fetching}>
        Send
      </button>
      <MutationResult state={sent} done={(data) => `Queued “${data.sendMessage.sentText}”.`} />
    </form>
  );
}
