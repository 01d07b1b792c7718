import { LlmFake } from '@switchboard/llm-fake';
import { aTenant, BuiltTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { aReplica } from './support/replicas';
import { startTestApp, TestApp } from './support/test-app';

const LLM_KEY = 'sk-test-platform-key';
const FALLBACK = "Sorry, I can't answer right now. Please try again in a little while.";
const ASK = 'mutation($id: ID!, $messages: [ReplicaChatTurnInput!]!) { askReplica(replicaId: $id, messages: $messages) { text fallback error } }';

interface Asked {
  askReplica: { text: string; fallback: boolean; error: string | null };
}

/** A test chat with a replica, without Telegram: the same answerer, timeout and fallbacks as a chat on Telegram. */
describe('askReplica', () => {
  let llm: LlmFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let replicaId: string;

  beforeAll(async () => {
    llm = new LlmFake({ apiKey: LLM_KEY });
    await llm.start();
    app = await startTestApp({ env: { REPLICA_LLM_BASE_URL: llm.baseUrl, REPLICA_LLM_API_KEY: LLM_KEY, REPLICA_ANSWER_TIMEOUT: '3' } });
    tenant = await aTenant(app).withAdmin().build();
    replicaId = await aReplica(app, tenant.apiKey);
  });
  afterEach(() => llm.reset());
  afterAll(async () => {
    await app.close();
    await llm.stop();
  });

  const ask = (messages: object[], token = tenant.apiKey, id = replicaId) => gql<Asked>(app, ASK, { id, messages }, token);

  it("answers with the model's reply, given the system message and the conversation", async () => {
    llm.replyWith((request) => `Answer to: ${request.messages.at(-1)!.content}`);
    const answer = await ask([
      { role: 'USER', content: 'Do you have parking?' },
      { role: 'ASSISTANT', content: 'Yes, in the courtyard.' },
      { role: 'USER', content: 'How much is it?' },
    ]);
    expect(answer.data).toEqual({ askReplica: { text: 'Answer to: How much is it?', fallback: false, error: null } });
    const [request] = llm.chatRequests();
    expect(request.model).toBe('gpt-4o');
    expect(request.messages).toEqual([
      { role: 'system', content: 'You are a friendly concierge.' },
      { role: 'user', content: 'Do you have parking?' },
      { role: 'assistant', content: 'Yes, in the courtyard.' },
      { role: 'user', content: 'How much is it?' },
    ]);
  });

  it('is open to the tenant’s users as well as its tenant-wide keys', async () => {
    const answer = await ask([{ role: 'USER', content: 'Hello there' }], tenant.adminToken);
    expect(answer.data?.askReplica).toMatchObject({ fallback: false, error: null });
    expect(answer.data?.askReplica.text).toContain('Hello there');
  });

  it('answers the fallback, and why, when the model fails; the key is never told', async () => {
    llm.queueReplies({ error: { status: 500 } });
    const answer = await ask([{ role: 'USER', content: 'Anyone there?' }]);
    expect(answer.data?.askReplica).toEqual({ text: FALLBACK, fallback: true, error: expect.stringContaining('HTTP 500') });
    expect(JSON.stringify(answer)).not.toContain(LLM_KEY);
  });

  it('answers the fallback when the model takes longer than the answer timeout', async () => {
    llm.replyWith(() => ({ hang: true }));
    const answer = await ask([{ role: 'USER', content: 'Still there?' }]);
    expect(answer.data?.askReplica).toEqual({ text: FALLBACK, fallback: true, error: expect.stringContaining('timeout') });
  });

  it.each([
    ['no turns', []],
    ['a last turn that is not the question', [{ role: 'USER', content: 'Hi' }, { role: 'ASSISTANT', content: 'Hello' }]],
    ['more than 20 turns', Array.from({ length: 21 }, () => ({ role: 'USER', content: 'Hi' }))],
    ['a turn longer than 4,096 characters', [{ role: 'USER', content: 'x'.repeat(4_097) }]],
    ['an empty turn', [{ role: 'USER', content: '' }]],
  ])('refuses %s as BAD_USER_INPUT, without calling the model', async (_, messages) => {
    const answer = await ask(messages);
    expect(answer.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(llm.chatRequests()).toHaveLength(0);
  });

  it("does not know another tenant's replica", async () => {
    const other = await aTenant(app).build();
    const answer = await ask([{ role: 'USER', content: 'Hi' }], other.apiKey);
    expect(answer.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(llm.chatRequests()).toHaveLength(0);
  });
});
