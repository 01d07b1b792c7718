import type { ButtonDraft } from '../../ui/inline-buttons';

interface MessageBubbleProps {
  label: string;
  text: string;
  photo?: string | null;
  buttons: readonly ButtonDraft[];
}

/** A message as the chat shows it: the photo, the text exactly as sent (markup unrendered), and its buttons in their rows. */
export function MessageBubble({ label, text, photo, buttons }: MessageBubbleProps) {
  const rows = buttons.reduce<ButtonDraft[][]>((all, button) => (button.sameRow && all.length ? [...all.slice(0, -1), [...all[all.length - 1], button]] : [...all, [button]]), []);
  return (
    <figure className="message-bubble" aria-label={label}>
      {photo && <p className="photo">Photo: {photo}</p>}
      <p className="text">{text}</p>
      {rows.map((row, index) => (
        <p key={index} className="button-row">
          {row.map((button, at) => (
            <span key={at} className="button-chip" title={button.value}>
              {button.text || '(no label)'}
            </span>
          ))}
        </p>
      ))}
    </figure>
  );
}
