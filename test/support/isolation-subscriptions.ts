import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { IsolationTable } from './isolation-case';
import { IsolationWorld } from './isolation-world';
import { sendMessage } from './messaging';
import { deliver, messageFrom } from './telegram-people';

/** A graphql-ws subscription on the app's /graphql, collecting what it is pushed. */
interface Listener {
  received: unknown[];
  errors: unknown[];
  close(): Promise<void>;
}

function listen(world: IsolationWorld, token: string, query: string, variables: Record<string, unknown> = {}): Listener {
  const client = createClient({
    url: `${world.app.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
  });
  const listener: Listener = { received: [], errors: [], close: () => client.dispose() as Promise<void> };
  client.subscribe(
    { query, variables },
    { next: (value) => listener.received.push(value.data), error: (error) => listener.errors.push(error), complete: () => undefined },
  );
  return listener;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server registers a subscription shortly after the socket opens; there is no acknowledgement to wait for. */
const SUBSCRIBED_AFTER_MS = 400;
/** After the owner's push arrives, how much longer the others are given to (wrongly) receive theirs. */
const GRACE_MS = 300;

/**
 * Subscribes as the owner, tenant B, and kA2 (without and with botId A1), makes something happen
 * on A1, and asserts that only the owner hears of it, within the same wait.
 */
function pushedOnlyToOwner(field: string, selection: string, happenOnA1: (world: IsolationWorld) => Promise<void>) {
  return {
    run: async (w: IsolationWorld) => {
      const query = `subscription($botId: ID) { ${field}(botId: $botId) { ${selection} } }`;
      const owner = listen(w, w.a.tenant.apiKey, query);
      const others = {
        tenantB: listen(w, w.b.tenant.apiKey, query),
        tenantBOnA1: listen(w, w.b.tenant.apiKey, query, { botId: w.a.bot1.id }),
        kA2: listen(w, w.a.kA2.key, query),
        kA2OnA1: listen(w, w.a.kA2.key, query, { botId: w.a.bot1.id }),
      };
      const everyone = [owner, ...Object.values(others)];
      try {
        await sleep(SUBSCRIBED_AFTER_MS);
        await happenOnA1(w);
        const deadline = Date.now() + 5_000;
        while (owner.received.length === 0 && Date.now() < deadline) await sleep(50);
        await sleep(GRACE_MS);
        expect(owner.received.length).toBeGreaterThan(0);
        const heardByOthers = Object.fromEntries(Object.entries(others).map(([who, listener]) => [who, listener.received]));
        expect(heardByOthers).toEqual({ tenantB: [], tenantBOnA1: [], kA2: [], kA2OnA1: [] });
      } finally {
        await Promise.all(everyone.map((listener) => listener.close()));
      }
    },
  };
}

export const SUBSCRIPTIONS: IsolationTable = {
  messageReceived: pushedOnlyToOwner('messageReceived', 'id botId text', (w) =>
    deliver(w.app, w.fake, w.a.bot1, w.a.tenant.apiKey, messageFrom(w.onA1.person, 'a new message on A1')),
  ),
  messageStatusChanged: pushedOnlyToOwner('messageStatusChanged', 'id botId status', async (w) => {
    await sendMessage(w.app, w.a.tenant.apiKey, { botId: w.a.bot1.id, contactId: w.onA1.contactId, text: 'a new send on A1' });
  }),
};
