import { eventually } from './builders';
import { IsolationTable, restCallers } from './isolation-case';
import { expectRestAsMissing, leavesUnchanged, MISSING_UUID } from './isolation-probes';
import { IsolationWorld } from './isolation-world';

type Rest = ReturnType<typeof restCallers>['owner'];

const aBroadcast = (recipients: string[], text: string, botAppId?: string) => ({
  name: 'Isolation',
  platform: 'TELEGRAM',
  message_text: text,
  recipients,
  ...(botAppId ? { bot_app_id: botAppId } : {}),
});

/** Waits until the broadcast is over, so no row of it is still changing when a later case takes its snapshot. */
async function finished(as: Rest, id: string): Promise<void> {
  await eventually(async () => (await as.get(`/broadcast/${id}/`)).body.status, (status) => status === 'COMPLETED', 15_000);
}

const sentBroadcasts = new WeakMap<IsolationWorld, Promise<string>>();

/** A's broadcast on A1 to onA1, sent and over: made once per world, by the first case that needs it. */
function broadcastOfA1(w: IsolationWorld): Promise<string> {
  const made =
    sentBroadcasts.get(w) ??
    (async () => {
      const { owner } = restCallers(w);
      const response = await owner.post('/broadcast/', aBroadcast([w.onA1.contactId], 'For A1 only', w.a.bot1.id));
      if (response.status !== 201) throw new Error(`broadcast failed: ${response.status} ${JSON.stringify(response.body)}`);
      await finished(owner, response.body.id);
      return response.body.id as string;
    })();
  sentBroadcasts.set(w, made);
  return made;
}

/** Texts Telegram was asked to send this person, from any bot. */
const textsTo = (w: IsolationWorld, chatId: number) =>
  w.fake
    .callsTo('sendMessage')
    .filter((call) => Number(call.params.chat_id) === chatId)
    .map((call) => call.params.text);

/** Another tenant's bot answers as a missing one; contact ids the caller cannot see are skipped and sent nothing. */
async function broadcastSent(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = restCallers(w);
  await leavesUnchanged(w.app, w.a.tenant.id, async () => {
    await expectRestAsMissing((botId) => b.post('/broadcast/', aBroadcast([w.onA1.contactId], 'Hijack', botId)), w.a.bot1.id, MISSING_UUID, 'jina');
    await expectRestAsMissing((botId) => kA2.post('/broadcast/', aBroadcast([w.onA1.contactId], 'Hijack', botId)), w.a.bot1.id, MISSING_UUID, 'jina');
  });
  // B's own bot, and A2's key on its own bot: onA1 is no contact either can see.
  for (const [caller, text] of [[b, 'From B'], [kA2, 'From A2']] as const) {
    const response = await caller.post('/broadcast/', aBroadcast([w.onA1.contactId, w.both.contactId], text));
    expect(response.status).toBe(201);
    await finished(caller, response.body.id);
  }
  expect(textsTo(w, w.onA1.person.id)).not.toContain('From B');
  expect(textsTo(w, w.onA1.person.id)).not.toContain('From A2');
  expect(textsTo(w, w.both.person.id)).toContain('From A2');
  expect(textsTo(w, w.both.person.id)).not.toContain('From B');
}

async function broadcastsListed(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = restCallers(w);
  const id = await broadcastOfA1(w);
  const listed = async (as: Rest) => (await as.get('/broadcast/?limit=100')).body.items as Array<{ id: string; bot_app_id: string }>;
  expect((await listed(b)).map((item) => item.id)).not.toContain(id);
  const throughA2 = await listed(kA2);
  expect(throughA2.map((item) => item.id)).not.toContain(id);
  expect(new Set(throughA2.map((item) => item.bot_app_id))).toEqual(new Set([w.a.bot2.id]));
}

async function broadcastRead(w: IsolationWorld): Promise<void> {
  const { owner, b, kA2 } = restCallers(w);
  const id = await broadcastOfA1(w);
  await expectRestAsMissing((broadcastId) => b.get(`/broadcast/${broadcastId}/`), id, MISSING_UUID, 'jina');
  await expectRestAsMissing((broadcastId) => kA2.get(`/broadcast/${broadcastId}/`), id, MISSING_UUID, 'jina');
  expect((await owner.get(`/broadcast/${id}/`)).body).toMatchObject({ id, sent_count: 1 });
}

/** B cannot send A's job; A2's key sends it through A2 only, so onA1 (reachable on A1 alone) hears nothing. */
async function jobSent(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = restCallers(w);
  await leavesUnchanged(w.app, w.a.tenant.id, async () => {
    await expectRestAsMissing((jobId) => b.post('/api/telegram/send-job', { jobId }), w.a.jobId, 'job_nobody_has', 'openscouter');
  });
  const callsOf = (token: string) => w.fake.callsTo('sendMessage', token);
  const before = { a1: callsOf(w.a.bot1.token).length, a2: callsOf(w.a.bot2.token).length };
  const response = await kA2.post('/api/telegram/send-job', { jobId: w.a.jobId });
  expect(response.body).toMatchObject({ success: true, data: { jobId: w.a.jobId }, metadata: null });
  expect(callsOf(w.a.bot1.token)).toHaveLength(before.a1);
  const sentThroughA2 = callsOf(w.a.bot2.token)
    .slice(before.a2)
    .map((call) => Number(call.params.chat_id));
  expect(sentThroughA2).toContain(w.onA2.person.id);
  expect(sentThroughA2).not.toContain(w.onA1.person.id);
}

export const BROADCAST_ROUTES: IsolationTable = {
  'POST /broadcast': { run: broadcastSent },
  'GET /broadcast': { run: broadcastsListed },
  'GET /broadcast/{id}': { run: broadcastRead },
  'POST /api/telegram/send-job': { run: jobSent },
};
