import { JsonObject } from './json';
import { ChatSpec, ChatType } from './types';

/** Supergroup and channel ids are -100xxxxxxxxxx; basic groups are small negatives; users are positive. */
export function defaultChatType(id: number): ChatType {
  if (id > 0) return 'private';
  return id <= -1_000_000_000_000 ? 'supergroup' : 'group';
}

/** The Chat object Telegram embeds in messages, with its field order and per-type fields. */
export function chatObject(spec: ChatSpec): JsonObject {
  const type = spec.type ?? defaultChatType(spec.id);
  if (type === 'private') {
    return {
      id: spec.id,
      first_name: spec.first_name ?? `User ${spec.id}`,
      ...(spec.last_name ? { last_name: spec.last_name } : {}),
      ...(spec.username ? { username: spec.username } : {}),
      type,
    };
  }
  const title = spec.title ?? `${type === 'channel' ? 'Channel' : 'Group'} ${spec.id}`;
  if (type === 'group') return { id: spec.id, title, type, all_members_are_administrators: true };
  return { id: spec.id, title, ...(spec.username ? { username: spec.username } : {}), type };
}

export function chatTypeOf(chat: JsonObject): ChatType | undefined {
  const type = chat.type;
  return type === 'private' || type === 'group' || type === 'supergroup' || type === 'channel' ? type : undefined;
}
