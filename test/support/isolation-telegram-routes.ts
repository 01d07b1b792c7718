import { IsolationTable } from './isolation-case';
import { expectRestError, leavesUnchanged } from './isolation-probes';
import { IsolationWorld } from './isolation-world';
import { aPerson, messageFrom } from './telegram-people';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

function secretOf(w: IsolationWorld, token: string): string {
  const secret = w.fake.webhookOf(token)?.secretToken;
  if (!secret) throw new Error('the bot has no webhook secret at the fake');
  return secret;
}

let nextUpdateId = 900_000_000;
const anUpdate = () => ({ update_id: nextUpdateId++, ...messageFrom(aPerson(), 'posted with another bot’s secret') });

/** A bot's secret opens only its own webhook: B1's, or A2's, on A1's URL is refused and stores nothing. */
async function perBotWebhook(w: IsolationWorld): Promise<void> {
  await leavesUnchanged(w.app, w.a.tenant.id, async () => {
    for (const token of [w.b.bot1.token, w.a.bot2.token]) {
      const response = await w.app
        .http()
        .post(`/telegram/v1/webhooks/${w.a.bot1.id}/`)
        .set(SECRET_HEADER, secretOf(w, token))
        .send(anUpdate());
      expectRestError(response, 401, 'jina');
    }
  });
}

/** The single webhook names the bot by its secret: an update with B1's lands with B, and nothing of A changes. */
async function webhookBySecret(w: IsolationWorld): Promise<void> {
  await leavesUnchanged(w.app, w.a.tenant.id, async () => {
    const response = await w.app.http().post('/api/telegram/webhook').set(SECRET_HEADER, secretOf(w, w.b.bot1.token)).send(anUpdate());
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: { ok: true } });
  });
}

/** Routes Telegram and people's browsers call: the OpenAPI document lists the webhooks, not the click redirects. */
export const TELEGRAM_ROUTES: IsolationTable = {
  'POST /telegram/v1/webhooks/{botId}': { run: perBotWebhook },
  'POST /api/telegram/webhook': { run: webhookBySecret },
  'GET /r/{token}': {
    nothingToIsolate: 'public: a tracked link’s token is an unguessable capability minted for one message; it only redirects to that link',
  },
};
