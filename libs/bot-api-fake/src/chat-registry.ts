import { chatObject, chatTypeOf, defaultChatType } from './chat-objects';
import { ChatState } from './chat-state';
import { JsonObject } from './json';
import { ChatSpec } from './types';

/** The chats one bot knows, by id and by @username. */
export class ChatRegistry {
  private readonly byId = new Map<number, ChatState>();

  add(spec: ChatSpec): ChatState {
    const existing = this.byId.get(spec.id);
    const chat = chatObject(spec);
    if (existing) {
      existing.chat = chat;
      existing.started = true;
      return existing;
    }
    const state = new ChatState(spec.id, chat, spec.type ?? defaultChatType(spec.id), true);
    this.byId.set(spec.id, state);
    return state;
  }

  /** A chat seen in an update; a private chat there means the user talks to the bot. */
  learnChat(chat: JsonObject): ChatState | undefined {
    const type = chatTypeOf(chat);
    if (typeof chat.id !== 'number' || !type) return undefined;
    const existing = this.byId.get(chat.id);
    if (existing) {
      if (type === 'private') existing.started = true;
      return existing;
    }
    const state = new ChatState(chat.id, { ...chat }, type, true);
    this.byId.set(chat.id, state);
    return state;
  }

  /** A user seen in an update, e.g. in a group: known, but the bot may not write to them first. */
  learnUser(user: JsonObject): void {
    if (typeof user.id !== 'number' || user.is_bot === true || this.byId.has(user.id)) return;
    const chat = chatObject({
      id: user.id,
      type: 'private',
      first_name: typeof user.first_name === 'string' ? user.first_name : undefined,
      last_name: typeof user.last_name === 'string' ? user.last_name : undefined,
      username: typeof user.username === 'string' ? user.username : undefined,
    });
    this.byId.set(user.id, new ChatState(user.id, chat, 'private', false));
  }

  get(id: number): ChatState | undefined {
    return this.byId.get(id);
  }

  /** Resolves a `chat_id` parameter: a numeric id or an @username. */
  resolve(raw: string): ChatState | undefined {
    const trimmed = raw.trim();
    if (/^-?\d+$/.test(trimmed)) return this.byId.get(Number(trimmed));
    if (!trimmed.startsWith('@')) return undefined;
    const username = trimmed.slice(1).toLowerCase();
    return [...this.byId.values()].find(
      (state) => typeof state.chat.username === 'string' && state.chat.username.toLowerCase() === username,
    );
  }

  require(id: number): ChatState {
    const state = this.byId.get(id);
    if (!state) throw new Error(`BotApiFake: chat ${id} is unknown to this bot; addChat() it first`);
    return state;
  }

  migrate(oldId: number, newId: number): void {
    const old = this.require(oldId);
    old.migratedTo = newId;
    const title = typeof old.chat.title === 'string' ? old.chat.title : undefined;
    this.add({ id: newId, type: 'supergroup', title });
  }
}
