import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../errors';
import { graphql } from '../gql';
import type { BotsQuery } from '../gql/graphql';

const Bots = graphql(`
  query Bots {
    bots(first: 100) {
      nodes {
        id
        name
        username
        tokenHint
        dailyLimit
        sendRate
        paidBroadcasts
        webhookUrl
        lastErrorMessage
      }
    }
  }
`);

const RegisterBot = graphql(`
  mutation RegisterBot($input: RegisterBotInput!) {
    registerBot(input: $input) {
      id
      name
      username
    }
  }
`);

const UpdateBot = graphql(`
  mutation UpdateBot($id: ID!, $input: UpdateBotInput!) {
    updateBot(id: $id, input: $input) {
      id
      name
      dailyLimit
      sendRate
      paidBroadcasts
    }
  }
`);

type Bot = BotsQuery['bots']['nodes'][number];

export function BotsScreen() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: Bots });
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <h1>Bots</h1>
      <RegisterBotForm onRegistered={() => refetch({ requestPolicy: 'network-only' })} />
      {error && <p role="alert">{errorText(error)}</p>}
      {fetching && !data && <p>Loading…</p>}
      {data && data.bots.nodes.length === 0 && <p>No bots yet: register one with its token from @BotFather.</p>}
      {data && data.bots.nodes.length > 0 && (
        <table>
          <caption>Your bots</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Username</th>
              <th scope="col">Token</th>
              <th scope="col">Daily limit</th>
              <th scope="col">Send rate</th>
              <th scope="col">Webhook</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.bots.nodes.map((bot) => (
              <tr key={bot.id}>
                <td>{bot.name}</td>
                <td>@{bot.username}</td>
                <td>
                  <code>{bot.tokenHint}</code>
                </td>
                <td>{bot.dailyLimit ?? 'none'}</td>
                <td>{bot.sendRate ?? 'default'}</td>
                <td>{bot.lastErrorMessage ? `error: ${bot.lastErrorMessage}` : bot.webhookUrl ? 'set' : 'polling'}</td>
                <td>
                  <button type="button" onClick={() => setEditing(editing === bot.id ? null : bot.id)} aria-expanded={editing === bot.id}>
                    Settings of {bot.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data?.bots.nodes
        .filter((bot) => bot.id === editing)
        .map((bot) => (
          <BotSettings key={bot.id} bot={bot} />
        ))}
    </>
  );
}

function RegisterBotForm({ onRegistered }: { onRegistered: () => void }) {
  const [name, setName] = useState('');
  const [botToken, setBotToken] = useState('');
  const [result, registerBot] = useMutation(RegisterBot);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await registerBot({ input: { name, botToken } });
    if (answer.data) {
      setName('');
      setBotToken('');
      onRegistered();
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="register-bot">
      <h2 id="register-bot">Register a bot</h2>
      <label>
        Name
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Bot token
        <input required autoComplete="off" value={botToken} onChange={(e) => setBotToken(e.target.value)} />
      </label>
      <button type="submit" disabled={result.fetching}>
        Register bot
      </button>
      {result.error && <p role="alert">{errorText(result.error)}</p>}
      {result.data && <p role="status">Registered @{result.data.registerBot.username}.</p>}
    </form>
  );
}

/** Name, daily limit, send rate and paid broadcasts; an empty limit or rate means none / the default. */
function BotSettings({ bot }: { bot: Bot }) {
  const [name, setName] = useState(bot.name);
  const [dailyLimit, setDailyLimit] = useState(bot.dailyLimit?.toString() ?? '');
  const [sendRate, setSendRate] = useState(bot.sendRate ?? '');
  const [paidBroadcasts, setPaidBroadcasts] = useState(bot.paidBroadcasts);
  const [result, updateBot] = useMutation(UpdateBot);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void updateBot({
      id: bot.id,
      input: { name, dailyLimit: dailyLimit === '' ? null : Number(dailyLimit), sendRate: sendRate === '' ? null : sendRate, paidBroadcasts },
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="bot-settings">
      <h2 id="bot-settings">Settings of @{bot.username}</h2>
      <label>
        Name
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Daily limit (messages per UTC day; empty for none)
        <input type="number" min={1} value={dailyLimit} onChange={(e) => setDailyLimit(e.target.value)} />
      </label>
      <label>
        Send rate (N/s or N/min; empty for the default)
        <input value={sendRate} pattern="\d+/(s|min)" onChange={(e) => setSendRate(e.target.value)} />
      </label>
      <label className="check">
        <input type="checkbox" checked={paidBroadcasts} onChange={(e) => setPaidBroadcasts(e.target.checked)} />
        Paid broadcasts (up to 1,000 messages/s, billed in Stars)
      </label>
      <button type="submit" disabled={result.fetching}>
        Save settings
      </button>
      {result.error && <p role="alert">{errorText(result.error)}</p>}
      {result.data && !result.fetching && <p role="status">Saved.</p>}
    </form>
  );
}
