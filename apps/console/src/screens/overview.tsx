import { useQuery } from 'urql';
import { errorText } from '../errors';
import { graphql } from '../gql';

const Overview = graphql(`
  query Overview {
    bots(first: 100) {
      nodes {
        id
        name
        username
        dailyLimit
        connection {
          connected
          webhookUrl
          pendingUpdateCount
          lastErrorDate
          lastErrorMessage
        }
      }
    }
    broadcasts(first: 100) {
      nodes {
        id
        botId
        state
        startedAt
        stats {
          sent
          failed
          queued
        }
      }
    }
  }
`);

const startOfUtcDay = () => {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
};

/** Each bot's webhook health as Telegram reports it, and the sends of broadcasts started today. */
export function OverviewScreen() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: Overview, requestPolicy: 'cache-and-network' });
  const today = startOfUtcDay();
  const startedToday = (data?.broadcasts.nodes ?? []).filter((b) => b.startedAt && Date.parse(b.startedAt) >= today);
  const totals = (botId: string) =>
    startedToday
      .filter((b) => b.botId === botId)
      .reduce((sum, b) => ({ sent: sum.sent + b.stats.sent, failed: sum.failed + b.stats.failed, queued: sum.queued + b.stats.queued }), { sent: 0, failed: 0, queued: 0 });
  return (
    <>
      <h1>Overview</h1>
      <button type="button" disabled={fetching} onClick={() => refetch({ requestPolicy: 'network-only' })}>
        Check again
      </button>
      {error && <p role="alert">{errorText(error)}</p>}
      {fetching && !data && <p>Checking with Telegram…</p>}
      {data && data.bots.nodes.length === 0 && <p>No bots yet: register one on the Bots screen.</p>}
      {data && data.bots.nodes.length > 0 && (
        <table>
          <caption>Your bots today (UTC)</caption>
          <thead>
            <tr>
              <th scope="col">Bot</th>
              <th scope="col">Webhook</th>
              <th scope="col">Pending updates</th>
              <th scope="col">Daily limit</th>
              <th scope="col">Broadcast sends today</th>
              <th scope="col">Failed</th>
              <th scope="col">Queued</th>
            </tr>
          </thead>
          <tbody>
            {data.bots.nodes.map((bot) => {
              const sends = totals(bot.id);
              const health = bot.connection;
              return (
                <tr key={bot.id}>
                  <th scope="row">
                    {bot.name} (@{bot.username})
                  </th>
                  <td data-testid={`webhook-${bot.id}`}>
                    {health.connected ? 'Connected' : 'Not connected'}
                    {health.lastErrorMessage && (
                      <>
                        {': '}
                        {health.lastErrorMessage}
                        {health.lastErrorDate && ` (${new Date(health.lastErrorDate).toLocaleString()})`}
                      </>
                    )}
                    {!health.webhookUrl && !health.lastErrorMessage && ': no webhook set'}
                  </td>
                  <td>{health.pendingUpdateCount}</td>
                  <td>{bot.dailyLimit ?? 'none'}</td>
                  <td>{sends.sent}</td>
                  <td>{sends.failed}</td>
                  <td>{sends.queued}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p>
        <small>Sends count the messages of broadcasts started today (UTC), among the latest 100 broadcasts.</small>
      </p>
    </>
  );
}
