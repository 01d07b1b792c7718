import { JsonObject } from './json';
import { ChatType } from './types';

export interface StoredMessage {
  /** The Message object as Telegram last returned it. */
  message: JsonObject;
  /** Only the bot's own messages can be edited by it. */
  fromBot: boolean;
}

/** What one bot knows about one chat. */
export class ChatState {
  /** Description of the 403 a send gets, when the bot was blocked, kicked or removed. */
  blocked: string | undefined;
  /** False for a user the bot has only seen in groups: it may not start a private conversation. */
  started: boolean;
  migratedTo: number | undefined;
  private lastMessageId = 0;
  private readonly messages = new Map<number, StoredMessage>();

  constructor(
    readonly id: number,
    public chat: JsonObject,
    readonly type: ChatType,
    started: boolean,
  ) {
    this.started = started;
  }

  nextMessageId(): number {
    this.lastMessageId += 1;
    return this.lastMessageId;
  }

  /** Message ids in a chat only grow, including the ones users' messages took. */
  noteMessageId(id: number): void {
    this.lastMessageId = Math.max(this.lastMessageId, id);
  }

  store(message: JsonObject, fromBot: boolean): void {
    const id = message.message_id;
    if (typeof id !== 'number') throw new Error('BotApiFake: a stored message needs a message_id');
    this.noteMessageId(id);
    this.messages.set(id, { message, fromBot });
  }

  message(id: number): StoredMessage | undefined {
    return this.messages.get(id);
  }
}
