/** Telegram's limit on a message's text. */
export const MAX_TEXT_LENGTH = 4_096;

/**
 * Splits a long text into parts Telegram accepts, breaking at the last paragraph, line or word
 * boundary that fits, and mid-word only when a single word is longer than a message.
 */
export function splitText(text: string, limit = MAX_TEXT_LENGTH): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((index) => index > limit / 2) ?? limit;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  parts.push(rest);
  return parts.filter((part) => part.length > 0);
}
