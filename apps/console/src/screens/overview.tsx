import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { OverviewBotsQuery, TodaysFailuresQuery } from '../gql/graphql';
import { DataTable, TableColumn } from '../ui/data-table';
import { localTime } from '../ui/format';
import { Pager, useCursorPages } from '../ui/paging';
import { QueryStatus } from '../ui/results';
import { TelegramLastError, WebhookState } from './bot-health';

const OverviewBots = graphql(`
  query OverviewBots($after: String) {
    bots(first: 25, after: $after) {
      nodes { ...BotSummary dailyLimitUsed sendsToday { queued sent failed clicked } }
      pageInfo { ...PageCursor }
    }
  }
`);

const TodaysFailures = graphql(`
  query TodaysFailures($after: String) {
    recentFailures(first: 10, after: $after) {
      nodes { id botId chatId text createdAt errorCode errorDescription }
      pageInfo { ...PageCursor }
    }
  }
`);

type OverviewBot = OverviewBotsQuery['bots']['nodes'][number];
type Failure = TodaysFailuresQuery['recentFailures']['nodes'][number];

const BOT_COLUMNS: TableColumn<OverviewBot>[] = [
  { header: 'Bot', cell: (bot) => `${bot.name} (@${bot.username})` },
  { header: 'Webhook', cell: (bot) => <WebhookState bot={bot} /> },
  { header: 'Pending updates', cell: (bot) => bot.connection.pendingUpdateCount },
  { header: "Telegram's last error", cell: (bot) => <TelegramLastError bot={bot} /> },
  { header: 'Sent', cell: (bot) => bot.sendsToday.sent },
  { header: 'Failed', cell: (bot) => bot.sendsToday.failed },
  { header: 'Queued', cell: (bot) => bot.sendsToday.queued },
  { header: 'Clicked', cell: (bot) => bot.sendsToday.clicked },
  { header: 'Daily limit used', cell: (bot) => (bot.dailyLimit === null || bot.dailyLimit === undefined ? 'no limit' : `${bot.dailyLimitUsed} of ${bot.dailyLimit}`) },
];

/** Each bot's webhook health as Telegram reports it, what it sent today (UTC), and today's latest failures. */
export function OverviewScreen() {
  const botPages = useCursorPages();
  const failurePages = useCursorPages();
  const [botsState, refetchBots] = useQuery({ query: OverviewBots, variables: { after: botPages.after }, requestPolicy: 'cache-and-network' });
  const [failuresState, refetchFailures] = useQuery({ query: TodaysFailures, variables: { after: failurePages.after }, requestPolicy: 'cache-and-network' });
  const bots = botsState.data?.bots;
  const failures = failuresState.data?.recentFailures;
  const botName = (botId: string) => {
    const bot = bots?.nodes.find((candidate) => candidate.id === botId);
    return bot ? `${bot.name} (@${bot.username})` : `bot ${botId}`;
  };
  const failureColumns: TableColumn<Failure>[] = [
    { header: 'Time', cell: (failure) => localTime(failure.createdAt) },
    { header: 'Bot', cell: (failure) => botName(failure.botId) },
    { header: 'Chat', cell: (failure) => failure.chatId },
    { header: 'Message', cell: (failure) => (failure.text.length > 60 ? `${failure.text.slice(0, 60)}…` : failure.text) },
    { header: "Telegram's reason", cell: (failure) => [failure.errorCode, failure.errorDescription ?? 'no reason given'].filter((part) => part !== null).join(': ') },
  ];
  return (
    <>
      <h1>Overview</h1>
      <button
        type="button"
        disabled={botsState.fetching}
        onClick={() => {
          refetchBots({ requestPolicy: 'network-only' });
          refetchFailures({ requestPolicy: 'network-only' });
        }}
      >
        Check again
      </button>
      <QueryStatus state={botsState} />
      {bots && <DataTable label="Your bots today (UTC)" rows={bots.nodes} columns={BOT_COLUMNS} rowKey={(bot) => bot.id} empty="No bots yet: register one on the Bots screen." />}
      <Pager label="Bots" pages={botPages} pageInfo={bots?.pageInfo} />
      <p>
        <small>Sent, failed, queued and clicked count every message made for a bot since 00:00 UTC (replies, interactive messages, jobs, broadcasts, replicas) by what became of it; clicked ones count as sent too. The daily limit counts sends as the delivery engine does, failed attempts included.</small>
      </p>
      <section aria-labelledby="todays-failures">
        <h2 id="todays-failures">Today's latest failures</h2>
        <QueryStatus state={failuresState} />
        {failures && <DataTable label="Failed messages today (UTC), newest first" rows={failures.nodes} columns={failureColumns} rowKey={(failure) => failure.id} empty="No failures today." />}
        <Pager label="Failures" pages={failurePages} pageInfo={failures?.pageInfo} />
      </section>
    </>
  );
}
