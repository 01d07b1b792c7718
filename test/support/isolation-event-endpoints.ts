import { eventually } from './builders';
import { ENDPOINTS, eventEndpointsOf } from './event-endpoints';
import { EventReceiverFake } from './event-receiver-fake';
import { gql } from './graphql-client';
import { callers, IsolationTable, restCallers } from './isolation-case';
import { dataOf, expectGraphQLAsMissing, expectGraphQLCode, expectRestAsMissing, expectRestError, leavesUnchanged, MISSING_UUID } from './isolation-probes';
import { IsolationWorld } from './isolation-world';

/** A's endpoint and one delivery it was sent. */
interface EventsOfA {
  endpointId: string;
  deliveryId: string;
}

const madeEvents = new WeakMap<IsolationWorld, Promise<EventsOfA>>();

/**
 * A's endpoint, with a delivery made by a contact A's backend created, once per world and before
 * any snapshot. Then it takes only bot.webhook_failing, which nothing in the suite causes: no
 * later delivery changes A's rows while another case compares them.
 */
function eventsOfA(w: IsolationWorld): Promise<EventsOfA> {
  const made =
    madeEvents.get(w) ??
    (async () => {
      const receiver = new EventReceiverFake();
      await receiver.start();
      try {
        const endpoints = eventEndpointsOf(w.app, w.a.tenant.apiKey);
        const endpoint = await endpoints.create(receiver, ['contact.created']);
        await gql(w.app, 'mutation { upsertContact(input: { externalCustomerId: "isolation-events" }) { id } }', {}, w.a.tenant.apiKey);
        const [delivery] = await eventually(() => endpoints.deliveries(endpoint.id), (items) => items[0]?.status === 'DELIVERED');
        await endpoints.rest.patch(`${ENDPOINTS}/${endpoint.id}`, { event_types: ['bot.webhook_failing'] });
        return { endpointId: endpoint.id, deliveryId: delivery.id };
      } finally {
        await receiver.stop();
      }
    })();
  madeEvents.set(w, made);
  return made;
}

/** Attacks on A's endpoint and delivery, with every row of A compared before and after. */
function attacksOnEvents(attacks: (w: IsolationWorld, events: EventsOfA) => Promise<void>) {
  return {
    run: async (w: IsolationWorld) => {
      const events = await eventsOfA(w);
      await leavesUnchanged(w.app, w.a.tenant.id, () => attacks(w, events));
    },
  };
}

const ENDPOINT = 'query($id: ID!) { eventEndpoint(id: $id) { id deliveries(first: 10) { nodes { id attempts(first: 10) { nodes { id } } } } } }';
const CREATE = 'mutation($input: CreateEventEndpointInput!) { createEventEndpoint(input: $input) { secret } }';
const UPDATE = 'mutation($id: ID!) { updateEventEndpoint(id: $id, input: { url: "https://attacker.example.com/hook" }) { id } }';
const DELETE = 'mutation($id: ID!) { deleteEventEndpoint(id: $id) }';
const ROTATE = 'mutation($id: ID!) { rotateEventEndpointSecret(id: $id) { secret } }';
const REPLAY = 'mutation($id: ID!) { replayEventDelivery(id: $id) { id } }';
const STOLEN = { url: 'https://attacker.example.com/hook', eventTypes: ['MESSAGE_RECEIVED'] };

/**
 * Tenant B's key (a tenant admin of B) finds A's endpoints and deliveries as missing ones; A's
 * channel keys are refused every event endpoint field, as they would see other bots' events.
 */
async function endpointsListed(w: IsolationWorld, { endpointId }: EventsOfA): Promise<void> {
  const { b, kA2 } = callers(w);
  const listed = dataOf(await b<{ eventEndpoints: { nodes: Array<{ id: string }> } }>('{ eventEndpoints(first: 100) { nodes { id } } }'));
  expect(listed.eventEndpoints.nodes.map((node) => node.id)).not.toContain(endpointId);
  expectGraphQLCode(await kA2('{ eventEndpoints(first: 100) { nodes { id } } }'), 'FORBIDDEN');
}

async function endpointRead(w: IsolationWorld, { endpointId }: EventsOfA): Promise<void> {
  const { b, kA2, owner } = callers(w);
  expect(dataOf(await owner<{ eventEndpoint: { deliveries: { nodes: unknown[] } } }>(ENDPOINT, { id: endpointId })).eventEndpoint.deliveries.nodes).toHaveLength(1);
  expect((await expectGraphQLAsMissing((asked) => b(ENDPOINT, { id: asked }), endpointId, MISSING_UUID)).data).toEqual({ eventEndpoint: null });
  const refused = await kA2(ENDPOINT, { id: endpointId });
  expect({ code: refused.errors?.[0]?.extensions.code, data: refused.data }).toEqual({ code: 'FORBIDDEN', data: { eventEndpoint: null } });
}

export const EVENT_ENDPOINT_CASES: IsolationTable = {
  eventEndpoints: attacksOnEvents(endpointsListed),
  eventEndpoint: attacksOnEvents(endpointRead),
  createEventEndpoint: attacksOnEvents(async (w) => {
    expectGraphQLCode(await callers(w).kA2(CREATE, { input: STOLEN }), 'FORBIDDEN');
  }),
  updateEventEndpoint: attacksOnEvents(async (w, { endpointId }) => {
    const { b, kA2 } = callers(w);
    expectGraphQLCode(await expectGraphQLAsMissing((asked) => b(UPDATE, { id: asked }), endpointId, MISSING_UUID), 'NOT_FOUND');
    expectGraphQLCode(await kA2(UPDATE, { id: endpointId }), 'FORBIDDEN');
  }),
  deleteEventEndpoint: attacksOnEvents(async (w, { endpointId }) => {
    const { b, kA2 } = callers(w);
    expectGraphQLCode(await expectGraphQLAsMissing((asked) => b(DELETE, { id: asked }), endpointId, MISSING_UUID), 'NOT_FOUND');
    expectGraphQLCode(await kA2(DELETE, { id: endpointId }), 'FORBIDDEN');
  }),
  rotateEventEndpointSecret: attacksOnEvents(async (w, { endpointId }) => {
    const { b, kA2 } = callers(w);
    expectGraphQLCode(await expectGraphQLAsMissing((asked) => b(ROTATE, { id: asked }), endpointId, MISSING_UUID), 'NOT_FOUND');
    expectGraphQLCode(await kA2(ROTATE, { id: endpointId }), 'FORBIDDEN');
  }),
  replayEventDelivery: attacksOnEvents(async (w, { deliveryId }) => {
    const { b, kA2 } = callers(w);
    expectGraphQLCode(await expectGraphQLAsMissing((asked) => b(REPLAY, { id: asked }), deliveryId, MISSING_UUID), 'NOT_FOUND');
    expectGraphQLCode(await kA2(REPLAY, { id: deliveryId }), 'FORBIDDEN');
  }),
};

const endpointPath = (id: string, rest = '') => `${ENDPOINTS}/${id}${rest}`;
const deliveryPath = (endpointId: string, deliveryId: string, rest: string) => endpointPath(endpointId, `/deliveries/${deliveryId}${rest}`);
const BODY = { url: 'https://attacker.example.com/hook', event_types: ['message.received'] };

async function endpointsListedOverRest(w: IsolationWorld, { endpointId }: EventsOfA): Promise<void> {
  const { b, kA2 } = restCallers(w);
  expect(((await b.get(`${ENDPOINTS}?limit=100`)).body.items as Array<{ id: string }>).map((item) => item.id)).not.toContain(endpointId);
  expectRestError(await kA2.get(ENDPOINTS), 403, 'jina');
}

async function deliveriesListed(w: IsolationWorld, { endpointId }: EventsOfA): Promise<void> {
  const { b, kA2, owner } = restCallers(w);
  expect((await owner.get(endpointPath(endpointId, '/deliveries'))).body.items).toHaveLength(1);
  await expectRestAsMissing((asked) => b.get(endpointPath(asked, '/deliveries')), endpointId, MISSING_UUID, 'jina');
  expectRestError(await kA2.get(endpointPath(endpointId, '/deliveries')), 403, 'jina');
}

export const EVENT_ENDPOINT_ROUTES: IsolationTable = {
  'POST /api/v1/event-endpoints': attacksOnEvents(async (w) => {
    expectRestError(await restCallers(w).kA2.post(ENDPOINTS, BODY), 403, 'jina');
  }),
  'GET /api/v1/event-endpoints': attacksOnEvents(endpointsListedOverRest),
  'GET /api/v1/event-endpoints/{id}': attacksOnEvents(async (w, { endpointId }) => {
    const { b, kA2 } = restCallers(w);
    await expectRestAsMissing((asked) => b.get(endpointPath(asked)), endpointId, MISSING_UUID, 'jina');
    expectRestError(await kA2.get(endpointPath(endpointId)), 403, 'jina');
  }),
  'PATCH /api/v1/event-endpoints/{id}': attacksOnEvents(async (w, { endpointId }) => {
    const { b, kA2 } = restCallers(w);
    await expectRestAsMissing((asked) => b.patch(endpointPath(asked), { url: BODY.url }), endpointId, MISSING_UUID, 'jina');
    expectRestError(await kA2.patch(endpointPath(endpointId), { url: BODY.url }), 403, 'jina');
  }),
  'DELETE /api/v1/event-endpoints/{id}': attacksOnEvents(async (w, { endpointId }) => {
    const { b, kA2 } = restCallers(w);
    await expectRestAsMissing((asked) => b.delete(endpointPath(asked)), endpointId, MISSING_UUID, 'jina');
    expectRestError(await kA2.delete(endpointPath(endpointId)), 403, 'jina');
  }),
  'POST /api/v1/event-endpoints/{id}/rotate-secret': attacksOnEvents(async (w, { endpointId }) => {
    const { b, kA2 } = restCallers(w);
    await expectRestAsMissing((asked) => b.post(endpointPath(asked, '/rotate-secret')), endpointId, MISSING_UUID, 'jina');
    expectRestError(await kA2.post(endpointPath(endpointId, '/rotate-secret')), 403, 'jina');
  }),
  'GET /api/v1/event-endpoints/{id}/deliveries': attacksOnEvents(deliveriesListed),
  'GET /api/v1/event-endpoints/{id}/deliveries/{deliveryId}/attempts': attacksOnEvents(async (w, { endpointId, deliveryId }) => {
    const { b, kA2 } = restCallers(w);
    // Through A's endpoint id, and through B's own endpoint with A's delivery id.
    await expectRestAsMissing((asked) => b.get(deliveryPath(asked, deliveryId, '/attempts')), endpointId, MISSING_UUID, 'jina');
    const own = (await b.post(ENDPOINTS, { url: BODY.url, event_types: ['bot.webhook_failing'] })).body.id as string;
    await expectRestAsMissing((asked) => b.get(deliveryPath(own, asked, '/attempts')), deliveryId, MISSING_UUID, 'jina');
    expectRestError(await kA2.get(deliveryPath(endpointId, deliveryId, '/attempts')), 403, 'jina');
  }),
  'POST /api/v1/event-endpoints/{id}/deliveries/{deliveryId}/replay': attacksOnEvents(async (w, { endpointId, deliveryId }) => {
    const { b, kA2 } = restCallers(w);
    await expectRestAsMissing((asked) => b.post(deliveryPath(asked, deliveryId, '/replay')), endpointId, MISSING_UUID, 'jina');
    const own = (await b.get(`${ENDPOINTS}?limit=1`)).body.items[0]?.id ?? (await b.post(ENDPOINTS, { url: BODY.url, event_types: ['bot.webhook_failing'] })).body.id;
    await expectRestAsMissing((asked) => b.post(deliveryPath(own, asked, '/replay')), deliveryId, MISSING_UUID, 'jina');
    expectRestError(await kA2.post(deliveryPath(endpointId, deliveryId, '/replay')), 403, 'jina');
  }),
};
