import { ConversationMessage, MessageDirection } from '@switchboard/contacts';
import { turnsOf } from './replies';

let nextId = 1;
const said = (direction: MessageDirection, text: string | null, eventId: string | null = null) =>
  ({ id: String(nextId++), direction, text, eventId }) as ConversationMessage;
const user = (text: string, eventId: string) => said(MessageDirection.INBOUND, text, eventId);
const bot = (text: string) => said(MessageDirection.OUTBOUND, text);

describe('turnsOf', () => {
  it('ends with the message answered: answers sent after it came go before it, later messages wait for their own answers', () => {
    const first = user('first', 'e1');
    const second = user('second', 'e2');
    const third = user('third', 'e3');
    const conversation = [first, second, bot('Re: first'), third];
    expect(turnsOf(conversation, 'e2', 12)).toEqual([
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'Re: first' },
      { role: 'user', content: 'second' },
    ]);
  });

  it('keeps the last `count` messages and leaves out those without text', () => {
    const conversation = [user('old', 'e1'), bot('Re: old'), said(MessageDirection.INBOUND, null, 'e2'), user('new', 'e3')];
    expect(turnsOf(conversation, 'e3', 2)).toEqual([{ role: 'user', content: 'new' }]);
    expect(turnsOf(conversation, 'e3', 3)).toEqual([
      { role: 'assistant', content: 'Re: old' },
      { role: 'user', content: 'new' },
    ]);
  });
});
