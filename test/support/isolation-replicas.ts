import { callers, IsolationTable, restCallers } from './isolation-case';
import { dataOf, expectGraphQLAsMissing, expectGraphQLCode, expectRestAsMissing, expectRestError, leavesUnchanged, MISSING_UUID } from './isolation-probes';
import { IsolationWorld } from './isolation-world';
import { aReplica, aReplicaBody } from './replicas';

const madeReplicas = new WeakMap<IsolationWorld, Promise<string>>();

/** A's replica, made once per world by the first case that needs it (before any snapshot is taken). */
function replicaOfA(w: IsolationWorld): Promise<string> {
  const made = madeReplicas.get(w) ?? aReplica(w.app, w.a.tenant.apiKey, { slug: 'isolation-a' });
  madeReplicas.set(w, made);
  return made;
}

/** Attacks on A's replica, with every row of A compared before and after. */
export function attacksOnReplica(attacks: (w: IsolationWorld, replicaId: string) => Promise<void>) {
  return {
    run: async (w: IsolationWorld) => {
      const replicaId = await replicaOfA(w);
      await leavesUnchanged(w.app, w.a.tenant.id, () => attacks(w, replicaId));
    },
  };
}

const REPLICA = 'query($id: ID!) { replica(id: $id) { id } }';
const REPLICAS = '{ replicas(first: 100) { nodes { id } } }';
const CREATE = 'mutation($input: ReplicaInput!) { createReplica(input: $input) { id } }';
const UPDATE = 'mutation($id: ID!, $input: ReplicaInput!) { updateReplica(id: $id, input: $input) { id } }';
const DELETE = 'mutation($id: ID!) { deleteReplica(id: $id) }';
const ASK = 'mutation($id: ID!) { askReplica(replicaId: $id, messages: [{ role: USER, content: "Hello?" }]) { text fallback } }';
const graphqlInput = () => aReplicaBody({ type: 'BRAND' });

async function replicaRead(w: IsolationWorld, id: string): Promise<void> {
  const { b, kA2 } = callers(w);
  for (const caller of [b, kA2]) expect((await expectGraphQLAsMissing((asked) => caller(REPLICA, { id: asked }), id, MISSING_UUID)).data).toEqual({ replica: null });
}

async function replicasListed(w: IsolationWorld, id: string): Promise<void> {
  const { b, kA2 } = callers(w);
  for (const caller of [b, kA2]) expect(dataOf(await caller<{ replicas: { nodes: Array<{ id: string }> } }>(REPLICAS)).replicas.nodes.map((node) => node.id)).not.toContain(id);
}

async function replicasListedOverRest(w: IsolationWorld, id: string): Promise<void> {
  const { b, kA2 } = restCallers(w);
  expect(((await b.get('/v1/replicas?pageSize=100')).body.items as Array<{ uuid: string }>).map((item) => item.uuid)).not.toContain(id);
  expect((await kA2.get('/v1/replicas')).body).toEqual({ success: true, items: [], total: 0 });
}

/** Tenant B, and A's channel keys (no bot reaches a replica yet), see A's replica as a missing one. */
export const REPLICA_CASES: IsolationTable = {
  replica: attacksOnReplica(replicaRead),
  replicas: attacksOnReplica(replicasListed),
  createReplica: attacksOnReplica(async (w) => {
    expectGraphQLCode(await callers(w).kA2(CREATE, { input: graphqlInput() }), 'FORBIDDEN');
  }),
  updateReplica: attacksOnReplica(async (w, id) => {
    const { b, kA2 } = callers(w);
    for (const caller of [b, kA2]) expectGraphQLCode(await expectGraphQLAsMissing((asked) => caller(UPDATE, { id: asked, input: graphqlInput() }), id, MISSING_UUID), 'NOT_FOUND');
  }),
  deleteReplica: attacksOnReplica(async (w, id) => {
    const { b, kA2 } = callers(w);
    for (const caller of [b, kA2]) expectGraphQLCode(await expectGraphQLAsMissing((asked) => caller(DELETE, { id: asked }), id, MISSING_UUID), 'NOT_FOUND');
  }),
  askReplica: attacksOnReplica(async (w, id) => {
    const { b, kA2 } = callers(w);
    expectGraphQLCode(await expectGraphQLAsMissing((asked) => b(ASK, { id: asked }), id, MISSING_UUID), 'NOT_FOUND');
    expectGraphQLCode(await kA2(ASK, { id }), 'FORBIDDEN');
  }),
};

export const REPLICA_ROUTES: IsolationTable = {
  'POST /v1/replicas': attacksOnReplica(async (w) => {
    expectRestError(await restCallers(w).kA2.post('/v1/replicas', aReplicaBody()), 403, 'sensay');
  }),
  'GET /v1/replicas': attacksOnReplica(replicasListedOverRest),
  'GET /v1/replicas/{replicaUUID}': attacksOnReplica(async (w, id) => {
    const { b, kA2 } = restCallers(w);
    for (const caller of [b, kA2]) await expectRestAsMissing((asked) => caller.get(`/v1/replicas/${asked}`), id, MISSING_UUID, 'sensay');
  }),
  'PUT /v1/replicas/{replicaUUID}': attacksOnReplica(async (w, id) => {
    const { b, kA2 } = restCallers(w);
    for (const caller of [b, kA2]) await expectRestAsMissing((asked) => caller.put(`/v1/replicas/${asked}`, aReplicaBody({ slug: 'taken-over' })), id, MISSING_UUID, 'sensay');
  }),
  'DELETE /v1/replicas/{replicaUUID}': attacksOnReplica(async (w, id) => {
    const { b, kA2 } = restCallers(w);
    for (const caller of [b, kA2]) await expectRestAsMissing((asked) => caller.delete(`/v1/replicas/${asked}`), id, MISSING_UUID, 'sensay');
  }),
};
