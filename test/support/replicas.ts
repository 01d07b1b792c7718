import { randomBytes } from 'node:crypto';
import { TestApp } from './test-app';

let sequence = 0;

/** A fresh Standard Webhooks secret, as a tenant would make one for its answering endpoint. */
export const aWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** A replica as Sensay's documentation writes one, with a slug no other replica of the suite has. */
export function aReplicaBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Hotel concierge',
    shortDescription: 'Answers guests day and night',
    greeting: 'Hi! I am the concierge. How can I help?',
    type: 'brand',
    ownerID: 'user-1',
    private: false,
    slug: `concierge-${Date.now().toString(36)}-${sequence++}`,
    tags: ['hotel', 'support'],
    suggestedQuestions: ['When is breakfast?'],
    llm: { model: 'gpt-4o', systemMessage: 'You are a friendly concierge.' },
    ...overrides,
  };
}

/** Sensay's client: the key in X-ORGANIZATION-SECRET, as its documentation shows. */
export function sensayClient(app: TestApp, apiKey: string, headers: Record<string, string> = {}) {
  const auth = { 'x-organization-secret': apiKey, ...headers };
  return {
    get: (path: string) => app.http().get(path).set(auth),
    post: (path: string, body: object) => app.http().post(path).set(auth).send(body),
    put: (path: string, body: object) => app.http().put(path).set(auth).send(body),
    delete: (path: string) => app.http().delete(path).set(auth),
  };
}

/** Creates a replica over REST and answers its uuid. */
export async function aReplica(app: TestApp, apiKey: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await sensayClient(app, apiKey).post('/v1/replicas', aReplicaBody(overrides));
  if (response.status !== 200) throw new Error(`replica failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.uuid as string;
}
