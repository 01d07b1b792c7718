import type { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { WebSocketServer } from 'ws';

/**
 * A graphql-ws message is read whole and JSON-parsed before any credential is checked, so its size
 * is capped where the socket reads it: 64 KiB, far above any subscription document within the
 * token limit, and far below the `ws` library's default of 100 MiB.
 */
export const MAX_SUBSCRIPTION_MESSAGE_BYTES = 64 * 1024;

/** The WebSocket servers Nest's Apollo driver builds for subscriptions (not part of its public API). */
interface SubscriptionHost {
  _subscriptionService?: { wss?: WebSocketServer; subTransWs?: WebSocketServer };
}

/** Caps subscription messages; `ws` reads `maxPayload` from its server's options at each connection. */
export function capSubscriptionMessages(app: INestApplication): void {
  const driver = app.get(GraphQLModule).graphQlAdapter as unknown as SubscriptionHost;
  const service = driver._subscriptionService;
  if (!service?.wss) throw new Error('GraphQL subscriptions are not where they were: the message cap cannot be set');
  for (const server of [service.wss, service.subTransWs]) if (server) server.options.maxPayload = MAX_SUBSCRIPTION_MESSAGE_BYTES;
}
