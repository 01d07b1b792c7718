import { answerTriggerOf } from './answer-trigger';

const bot = { telegramBotId: 777, username: 'ConciergeBot' };
const privateChat = { id: 1, type: 'private', first_name: 'Ann' } as const;
const group = { id: -100, type: 'supergroup', title: 'Guests' } as const;
const channel = { id: -200, type: 'channel', title: 'News' } as const;

const message = (chat: typeof privateChat | typeof group | typeof channel, text: string, replyToFrom?: number) => ({
  chat,
  text,
  ...(replyToFrom !== undefined ? { reply_to_message: { from: { id: replyToFrom } } } : {}),
});

describe('when a replica answers', () => {
  it('answers every message of a private chat, and greets on a bare /start', () => {
    expect(answerTriggerOf(message(privateChat, 'What time is breakfast?'), bot, '@ConciergeBot')).toBe('answer');
    expect(answerTriggerOf(message(privateChat, '/help'), bot, '@ConciergeBot')).toBe('answer');
    expect(answerTriggerOf(message(privateChat, '/start'), bot, '@ConciergeBot')).toBe('greeting');
    expect(answerTriggerOf(message(privateChat, '/start@conciergebot'), bot, '@ConciergeBot')).toBe('greeting');
  });

  it('leaves a /start with a payload to connect links, and a command for another bot alone', () => {
    expect(answerTriggerOf(message(privateChat, '/start c_abc123'), bot, '@ConciergeBot')).toBeNull();
    expect(answerTriggerOf(message(privateChat, '/help@OtherBot'), bot, '@ConciergeBot')).toBeNull();
  });

  it('answers in a group only when named, replied to, or commanded', () => {
    expect(answerTriggerOf(message(group, 'Anyone up for lunch?'), bot, '@ConciergeBot')).toBeNull();
    expect(answerTriggerOf(message(group, 'hey @conciergebot, is the pool open?'), bot, '@ConciergeBot')).toBe('answer');
    expect(answerTriggerOf(message(group, 'Concierge, is the pool open?'), bot, 'Concierge')).toBe('answer');
    expect(answerTriggerOf(message(group, 'and the spa?'), bot, '@ConciergeBot')).toBeNull();
    expect(answerTriggerOf(message(group, 'and the spa?', 777), bot, '@ConciergeBot')).toBe('answer');
    expect(answerTriggerOf(message(group, 'and the spa?', 5), bot, '@ConciergeBot')).toBeNull();
    expect(answerTriggerOf(message(group, '/menu@ConciergeBot'), bot, '@ConciergeBot')).toBe('answer');
    expect(answerTriggerOf(message(group, '/start@ConciergeBot'), bot, '@ConciergeBot')).toBe('greeting');
    expect(answerTriggerOf(message(group, '/menu'), bot, '@ConciergeBot')).toBeNull();
  });

  it('never answers in a channel', () => {
    expect(answerTriggerOf(message(channel, '@ConciergeBot hello'), bot, '@ConciergeBot')).toBeNull();
  });
});
