import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, TenantScope } from '@switchboard/common';
import { ReplicaChatAnswer, ReplicaChatRole, ReplicaChatTurnInput } from '../dto/ask-replica.args';
import { ReplicasService } from '../replicas.service';
import { AnswerError } from './answer-error';
import { Answerers, ChatTurn } from './answerer';
import { FALLBACK_TEXT, greetingOf, NOT_READY_TEXT } from './replies';

/** What the answerer is told of a test chat: it has no bot and no Telegram chat. */
const TEST_CHAT = { botId: '', chatId: 'test', chatType: 'test' };

/** Settles with the answer, or rejects once the signal is aborted, even if the answerer ignores it. */
function beforeAbort<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const aborted = () => reject(AnswerError.aborted('the answerer'));
    if (signal.aborted) return aborted();
    signal.addEventListener('abort', aborted, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', aborted));
  });
}

/**
 * A replica asked directly, without Telegram: the same answerer a chat on Telegram gets, the same
 * timeout and the same fallbacks, so a tenant can try a replica before integrating it.
 */
@Injectable()
export class ReplicaChat {
  private readonly logger = new Logger(ReplicaChat.name);

  constructor(
    private readonly replicas: ReplicasService,
    private readonly answerers: Answerers,
    private readonly config: AppConfig,
  ) {}

  async ask(scope: TenantScope, replicaId: string, messages: ReplicaChatTurnInput[]): Promise<ReplicaChatAnswer> {
    const replica = await this.replicas.get(scope, replicaId);
    const answerer = this.answerers.of(replica);
    if (!answerer) return { text: `${greetingOf(replica).text}\n\n${NOT_READY_TEXT}`, fallback: true, error: null };
    const turns: ChatTurn[] = messages.map((turn) => ({ role: turn.role === ReplicaChatRole.USER ? 'user' : 'assistant', content: turn.content }));
    const requestId = randomUUID();
    const signal = AbortSignal.timeout(this.config.replicas.answerTimeoutMs);
    try {
      const text = (await beforeAbort(answerer.answer({ replica, turns, requestId, chat: TEST_CHAT, signal }), signal)).trim();
      if (!text) throw AnswerError.empty('the answerer');
      return { text, fallback: false, error: null };
    } catch (error) {
      this.logger.warn({ err: error, requestId, replicaId: replica.id }, 'replica could not answer in a test chat; it gets the fallback message');
      // An answerer's own errors are told without keys or the conversation; anything else is not shown.
      const message = error instanceof AnswerError ? error.message : 'The answerer failed';
      return { text: FALLBACK_TEXT, fallback: true, error: message };
    }
  }
}
