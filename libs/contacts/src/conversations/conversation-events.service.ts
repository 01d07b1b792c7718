import { Injectable } from '@nestjs/common';
import { ClusterEvents } from '@switchboard/common';
import { ConversationMessage } from '../conversation-message.entity';

export const MESSAGE_RECEIVED = 'messageReceived';
/** The text rides along shortened: the whole event must fit a NOTIFY payload. */
const TEXT_IN_EVENT = 1_000;

/** New conversation messages, for the `messageReceived` subscription on every instance. */
@Injectable()
export class ConversationEvents {
  constructor(private readonly events: ClusterEvents) {}

  /** Call once the message is committed. */
  announce(message: ConversationMessage): void {
    this.events.publish(MESSAGE_RECEIVED, { ...message, text: message.text?.slice(0, TEXT_IN_EVENT) ?? null });
  }

  received(): AsyncIterableIterator<ConversationMessage> {
    const source = this.events.subscribe<ConversationMessage & { createdAt: string }>(MESSAGE_RECEIVED);
    return {
      next: async () => {
        const item = await source.next();
        return item.done ? item : { done: false, value: { ...item.value, createdAt: new Date(item.value.createdAt) } as ConversationMessage };
      },
      return: () => source.return?.() ?? Promise.resolve({ done: true, value: undefined }),
      throw: (error: unknown) => source.throw?.(error) ?? Promise.reject(error),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
