import { callers, IsolationTable, restCallers } from './isolation-case';
import { expectGraphQLAsMissing, expectGraphQLCode, expectRestAsMissing, expectRestError, MISSING_UUID } from './isolation-probes';
import { attacksOnReplica } from './isolation-replicas';
import { IsolationWorld } from './isolation-world';
import { integrationPath } from './replica-integrations';

/** A well-formed token: nothing reaches Telegram, since the replica is not found first. */
const BODY = { telegram_token: '123456:isolation-token', mention: 'isolation_bot' };
const INPUT = { telegramToken: BODY.telegram_token, mention: BODY.mention };
const READ = 'query($replicaId: ID!) { replicaTelegramIntegration(replicaId: $replicaId) { id } }';
const INTEGRATE = 'mutation($replicaId: ID!, $input: TelegramIntegrationInput!) { integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) { id } }';
const REMOVE = 'mutation($replicaId: ID!) { removeReplicaTelegramIntegration(replicaId: $replicaId) }';

async function integrationRead(w: IsolationWorld, id: string): Promise<void> {
  const { b, kA2 } = callers(w);
  for (const caller of [b, kA2]) {
    const result = await expectGraphQLAsMissing((asked) => caller<{ replicaTelegramIntegration: unknown }>(READ, { replicaId: asked }), id, MISSING_UUID);
    expect(result.data).toEqual({ replicaTelegramIntegration: null });
  }
}

/** Tenant B sees A's replica as a missing one; A's channel keys (their bots answer for no replica of A) read nothing and change nothing. */
export const REPLICA_INTEGRATION_CASES: IsolationTable = {
  replicaTelegramIntegration: attacksOnReplica(integrationRead),
  integrateReplicaWithTelegram: attacksOnReplica(async (w, id) => {
    const { b, kA2 } = callers(w);
    expectGraphQLCode(await expectGraphQLAsMissing((asked) => b(INTEGRATE, { replicaId: asked, input: INPUT }), id, MISSING_UUID), 'NOT_FOUND');
    expectGraphQLCode(await kA2(INTEGRATE, { replicaId: id, input: INPUT }), 'FORBIDDEN');
  }),
  removeReplicaTelegramIntegration: attacksOnReplica(async (w, id) => {
    const { b, kA2 } = callers(w);
    expectGraphQLCode(await expectGraphQLAsMissing((asked) => b(REMOVE, { replicaId: asked }), id, MISSING_UUID), 'NOT_FOUND');
    expectGraphQLCode(await kA2(REMOVE, { replicaId: id }), 'FORBIDDEN');
  }),
};

export const REPLICA_INTEGRATION_ROUTES: IsolationTable = {
  'POST /v1/replicas/{replicaUUID}/integrations/telegram': attacksOnReplica(async (w, id) => {
    const { b, kA2 } = restCallers(w);
    await expectRestAsMissing((asked) => b.post(integrationPath(asked), BODY), id, MISSING_UUID, 'sensay');
    expectRestError(await kA2.post(integrationPath(id), BODY), 403, 'sensay');
  }),
  'GET /v1/replicas/{replicaUUID}/integrations/telegram': attacksOnReplica(async (w, id) => {
    const { b, kA2 } = restCallers(w);
    for (const caller of [b, kA2]) await expectRestAsMissing((asked) => caller.get(integrationPath(asked)), id, MISSING_UUID, 'sensay');
  }),
  'DELETE /v1/replicas/{replicaUUID}/integrations/telegram': attacksOnReplica(async (w, id) => {
    const { b, kA2 } = restCallers(w);
    await expectRestAsMissing((asked) => b.delete(integrationPath(asked)), id, MISSING_UUID, 'sensay');
    expectRestError(await kA2.delete(integrationPath(id)), 403, 'sensay');
  }),
};
