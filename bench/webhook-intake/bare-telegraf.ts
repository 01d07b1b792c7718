/**
 * The baseline: the cheapest correct Telegram webhook a Node bot can have — Telegraf's own
 * webhook callback on a bare http server, the secret checked, a no-op handler, nothing stored.
 * Run as its own process (by run.ts) so it gets a Node process to itself, as the app does.
 *
 * Env: BARE_TOKEN, BARE_BOT_ID, BARE_BOT_USERNAME, BARE_SECRET, BARE_API_ROOT.
 * Prints `LISTENING <port>` once it accepts requests on 127.0.0.1.
 */
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Telegraf } from 'telegraf';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`bare-telegraf: ${name} is not set`);
  return value;
}

const token = required('BARE_TOKEN');
const secretToken = required('BARE_SECRET');
// webhookReply: false, so an update is answered with an empty 200 instead of a Bot API call in the body.
const bot = new Telegraf(token, { telegram: { apiRoot: required('BARE_API_ROOT'), webhookReply: false } });
// Known up front, so the first update does not wait for a getMe call.
bot.botInfo = {
  id: Number(required('BARE_BOT_ID')),
  is_bot: true,
  first_name: 'Bench baseline',
  username: required('BARE_BOT_USERNAME'),
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};
bot.on('message', () => undefined);

const server = createServer(bot.webhookCallback('/hook', { secretToken }));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
