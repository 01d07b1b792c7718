import { AppConfig, TenantScope } from '@switchboard/common';
import { ReplicaChatRole } from '../dto/ask-replica.args';
import { Replica } from '../replica.entity';
import { ReplicasService } from '../replicas.service';
import { Answerer, Answerers } from './answerer';
import { ReplicaChat } from './replica-chat';
import { FALLBACK_TEXT, NOT_READY_TEXT } from './replies';

const replica = { id: 'r1', name: 'Concierge', greeting: 'Welcome!', suggestedQuestions: [], llm: { model: 'gpt-4o', systemMessage: '' } } as unknown as Replica;
const scope = {} as TenantScope;
const question = [{ role: ReplicaChatRole.USER, content: 'Hi?' }];

function chatWith(answerer: Answerer | null): ReplicaChat {
  const replicas = { get: () => Promise.resolve(replica) } as unknown as ReplicasService;
  const answerers: Answerers = { of: () => answerer };
  return new ReplicaChat(replicas, answerers, { replicas: { answerTimeoutMs: 1_000 } } as AppConfig);
}

describe('ReplicaChat', () => {
  it('answers the greeting and that it cannot answer yet when the replica has no answerer', async () => {
    await expect(chatWith(null).ask(scope, 'r1', question)).resolves.toEqual({ text: `Welcome!\n\n${NOT_READY_TEXT}`, fallback: true, error: null });
  });

  it('tells no more than that the answerer failed when its error is not one of its own', async () => {
    const leaky: Answerer = { answer: () => Promise.reject(new Error('connect to sk-secret failed')) };
    await expect(chatWith(leaky).ask(scope, 'r1', question)).resolves.toEqual({ text: FALLBACK_TEXT, fallback: true, error: 'The answerer failed' });
  });

  it('answers the fallback when the answer is blank', async () => {
    const blank: Answerer = { answer: () => Promise.resolve('  ') };
    await expect(chatWith(blank).ask(scope, 'r1', question)).resolves.toMatchObject({ text: FALLBACK_TEXT, fallback: true });
  });
});
