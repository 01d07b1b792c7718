import { TestApp } from './test-app';
import { sensayClient } from './replicas';

export const integrationPath = (replicaId: string) => `/v1/replicas/${replicaId}/integrations/telegram`;

/** Integrates a replica with a bot of this token over REST; answers the response. */
export function integrate(app: TestApp, apiKey: string, replicaId: string, token: string, mention = 'concierge_bot') {
  return sensayClient(app, apiKey).post(integrationPath(replicaId), { telegram_token: token, mention });
}
