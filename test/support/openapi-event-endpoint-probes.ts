import { randomUUID } from 'node:crypto';
import { eventually } from './builders';
import { ENDPOINTS } from './event-endpoints';
import type { EventReceiverFake } from './event-receiver-fake';
import type { FuzzWorld } from './fuzz-world';
import { gql } from './graphql-client';
import { bearer, Call, Probe, ProbeAnswer } from './openapi-probes';

/**
 * The event endpoint routes' successes and their own errors, drawn for real: a delivery the
 * receiver took is read, its attempts listed and replayed; a tenant at its endpoint limit is
 * refused one more.
 */

/** A type nothing in the suite causes (the webhook watch is off): endpoints made only to be read, changed or deleted are sent nothing. */
const QUIET = { url: 'https://example.com/events', event_types: ['bot.webhook_failing'] };
const ENDPOINT_LIMIT = 20;

interface Delivered {
  endpointId: string;
  deliveryId: string;
}

export function eventEndpointProbes(world: FuzzWorld, call: Call, receiver: EventReceiverFake): Probe[] {
  const tenant = bearer(world.tenant.apiKey);
  const probe = (expected: number, label: string, run: () => Promise<ProbeAnswer>): Probe => ({ label: `${expected} ${label}`, expected, run });
  const get = (path: string) => call('GET', path, { headers: tenant });
  const post = (path: string, body?: unknown) => call('POST', path, { headers: tenant, body });
  const patch = (path: string, body: unknown) => call('PATCH', path, { headers: tenant, body });
  const del = (path: string) => call('DELETE', path, { headers: tenant });
  const parsed = <T>(answer: ProbeAnswer, what: string): T => {
    if (answer.status >= 300) throw new Error(`setting up a probe: ${what} answered ${answer.status} ${answer.text}`);
    return JSON.parse(answer.text) as T;
  };
  const created = async (body: object = QUIET) => parsed<{ id: string; secret: string }>(await post(ENDPOINTS, body), `POST ${ENDPOINTS}`);

  /** A contact.created the receiver took, with its endpoint and delivery: made once, for every probe that reads or replays one. */
  let delivered: Promise<Delivered> | undefined;
  const aDelivery = (): Promise<Delivered> => (delivered ??= deliverOne());
  async function deliverOne(): Promise<Delivered> {
    const endpoint = await created({ url: receiver.url, event_types: ['contact.created'] });
    receiver.verifyWith(endpoint.secret);
    const contact = await gql<{ upsertContact: { id: string } }>(world.app, 'mutation($input: ContactFieldsInput!) { upsertContact(input: $input) { id } }', {
      input: { externalCustomerId: `probe_${randomUUID()}` },
    }, world.tenant.apiKey);
    const contactId = contact.data!.upsertContact.id;
    await receiver.eventMatching((event) => event.type === 'contact.created' && event.data.id === contactId);
    // The delivery is logged as delivered just after the receiver answered.
    const deliveries = `${ENDPOINTS}/${endpoint.id}/deliveries`;
    const items = await eventually(
      async () => parsed<{ items: Array<{ id: string; status: string }> }>(await get(deliveries), `GET ${deliveries}`).items,
      (found) => found[0]?.status === 'DELIVERED',
    );
    return { endpointId: endpoint.id, deliveryId: items[0].id };
  }

  /** The tenant filled up to the limit for one more to be refused; the fillers are deleted after. */
  async function pastTheLimit(): Promise<ProbeAnswer> {
    const fillers: string[] = [];
    try {
      for (let made = 0; made <= ENDPOINT_LIMIT; made++) {
        const answer = await post(ENDPOINTS, QUIET);
        if (answer.status !== 201) return answer;
        fillers.push(parsed<{ id: string }>(answer, `POST ${ENDPOINTS}`).id);
      }
      throw new Error(`the tenant took ${ENDPOINT_LIMIT + 1} more event endpoints`);
    } finally {
      for (const id of fillers) await del(`${ENDPOINTS}/${id}`);
    }
  }

  /** A replay while the endpoint is disabled by hand; it is enabled again after. */
  async function replayWhileDisabled(): Promise<ProbeAnswer> {
    const { endpointId, deliveryId } = await aDelivery();
    parsed(await patch(`${ENDPOINTS}/${endpointId}`, { enabled: false }), 'disabling the endpoint');
    try {
      return await post(`${ENDPOINTS}/${endpointId}/deliveries/${deliveryId}/replay`);
    } finally {
      parsed(await patch(`${ENDPOINTS}/${endpointId}`, { enabled: true }), 'enabling the endpoint');
    }
  }

  const seeded = `${ENDPOINTS}/${world.ids.eventEndpoint}`;
  const missing = () => `${ENDPOINTS}/${randomUUID()}`;
  const ofDelivery = async (suffix: string) => {
    const { endpointId, deliveryId } = await aDelivery();
    return `${ENDPOINTS}/${endpointId}/deliveries/${deliveryId}${suffix}`;
  };
  const ofEndpoint = async (suffix: string) => `${ENDPOINTS}/${(await aDelivery()).endpointId}${suffix}`;

  return [
    probe(201, `POST ${ENDPOINTS}`, () => post(ENDPOINTS, { ...QUIET, description: 'Probe' })),
    probe(409, `POST ${ENDPOINTS}`, pastTheLimit),
    probe(200, `GET ${ENDPOINTS}`, () => get(`${ENDPOINTS}?limit=5`)),
    probe(200, `GET ${ENDPOINTS}/{id}`, () => get(seeded)),
    probe(404, `GET ${ENDPOINTS}/{id}`, () => get(missing())),
    probe(200, `PATCH ${ENDPOINTS}/{id}`, () => patch(seeded, { description: 'Probed' })),
    probe(404, `PATCH ${ENDPOINTS}/{id}`, () => patch(missing(), { description: 'Nobody' })),
    probe(204, `DELETE ${ENDPOINTS}/{id}`, async () => del(`${ENDPOINTS}/${(await created()).id}`)),
    probe(404, `DELETE ${ENDPOINTS}/{id}`, () => del(missing())),
    probe(200, `POST ${ENDPOINTS}/{id}/rotate-secret`, async () => post(`${ENDPOINTS}/${(await created()).id}/rotate-secret`)),
    probe(404, `POST ${ENDPOINTS}/{id}/rotate-secret`, () => post(`${missing()}/rotate-secret`)),
    probe(200, `GET ${ENDPOINTS}/{id}/deliveries`, async () => get(await ofEndpoint('/deliveries?status=DELIVERED'))),
    probe(404, `GET ${ENDPOINTS}/{id}/deliveries`, () => get(`${missing()}/deliveries`)),
    probe(200, `GET ${ENDPOINTS}/{id}/deliveries/{deliveryId}/attempts`, async () => get(await ofDelivery('/attempts'))),
    probe(404, `GET ${ENDPOINTS}/{id}/deliveries/{deliveryId}/attempts`, async () => get(await ofEndpoint(`/deliveries/${randomUUID()}/attempts`))),
    probe(202, `POST ${ENDPOINTS}/{id}/deliveries/{deliveryId}/replay`, async () => post(await ofDelivery('/replay'))),
    probe(409, `POST ${ENDPOINTS}/{id}/deliveries/{deliveryId}/replay`, replayWhileDisabled),
    probe(404, `POST ${ENDPOINTS}/{id}/deliveries/{deliveryId}/replay`, async () => post(await ofEndpoint(`/deliveries/${randomUUID()}/replay`))),
  ];
}
