import { graphql } from '../gql';
import type { BotSummaryFragment } from '../gql/graphql';
import { localTime } from '../ui/format';

/**
 * What the Bots and Overview screens show of every bot: its names, its daily limit, and its
 * webhook as Telegram reports it now (`connection`, which asks Telegram) beside the last
 * error the webhook watch recorded: the Bots and Overview screens show both the same way.
 */
export const BotSummary = graphql(`
  fragment BotSummary on Bot {
    id
    name
    username
    dailyLimit
    lastErrorMessage
    lastErrorAt
    connection { connected webhookUrl pendingUpdateCount lastErrorDate lastErrorMessage }
  }
`);

export type BotHealthOf = BotSummaryFragment;

export function WebhookState({ bot }: { bot: BotHealthOf }) {
  if (bot.connection.connected) return <>Connected</>;
  return <>Not connected{bot.connection.webhookUrl ? '' : ': no webhook set'}</>;
}

/** Telegram's own last error when it reports one, else the one the watch kept. */
export function TelegramLastError({ bot }: { bot: BotHealthOf }) {
  const live = bot.connection.lastErrorMessage;
  const message = live ?? bot.lastErrorMessage;
  if (!message) return <>none</>;
  return (
    <>
      {message} ({localTime(live ? bot.connection.lastErrorDate : bot.lastErrorAt, 'time unknown')})
    </>
  );
}
