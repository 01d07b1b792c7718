import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { DataTable, TableColumn } from '../ui/data-table';
import { TextInput } from '../ui/fields';
import { Pager, useCursorPages } from '../ui/paging';
import { MutationResult, QueryStatus } from '../ui/results';
import { ApiKeysSection } from './api-keys';
import { BotCard, ListedBot } from './bot-card';
import { TelegramLastError, WebhookState } from './bot-health';

/** A page of bots; each one's connection asks Telegram, so pages are kept short. */
const BotList = graphql(`
  query BotList($after: String) {
    bots(first: 20, after: $after) {
      nodes { ...BotSummary tokenHint telegramBotId sendRate paidBroadcasts createdAt }
      pageInfo { ...PageCursor }
    }
  }
`);

const RegisterBot = graphql(`
  mutation RegisterBot($input: RegisterBotInput!) {
    registerBot(input: $input) { id name username }
  }
`);

const DeleteBot = graphql(`
  mutation DeleteBot($id: ID!) {
    deleteBot(id: $id)
  }
`);

/** The tenant's bots with their webhook health, one bot's card at a time, and the tenant's API keys. */
export function BotsScreen() {
  const pages = useCursorPages();
  const [state, refetch] = useQuery({ query: BotList, variables: { after: pages.after } });
  const [openId, setOpenId] = useState<string | null>(null);
  const [deleted, deleteBot] = useMutation(DeleteBot);
  const [deletedName, setDeletedName] = useState('');
  const [keysVersion, setKeysVersion] = useState(0);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const bots = state.data?.bots;
  const open = bots?.nodes.find((bot) => bot.id === openId);

  const remove = async (bot: ListedBot) => {
    setDeletedName(`@${bot.username}`);
    if ((await deleteBot({ id: bot.id })).error) return;
    setOpenId(null);
    reload();
  };

  const columns: TableColumn<ListedBot>[] = [
    { header: 'Bot', cell: (bot) => bot.name },
    { header: 'Username', cell: (bot) => `@${bot.username}` },
    { header: 'Webhook', cell: (bot) => <WebhookState bot={bot} /> },
    { header: 'Pending updates', cell: (bot) => bot.connection.pendingUpdateCount },
    { header: "Telegram's last error", cell: (bot) => <TelegramLastError bot={bot} /> },
    { header: 'Daily limit', cell: (bot) => bot.dailyLimit ?? 'none' },
    {
      header: 'Actions',
      hiddenHeader: true,
      cell: (bot) => (
        <button type="button" aria-expanded={bot.id === openId} onClick={() => setOpenId(bot.id === openId ? null : bot.id)}>
          {bot.id === openId ? 'Close' : 'Open'} @{bot.username}
        </button>
      ),
    },
  ];

  return (
    <>
      <h1>Bots</h1>
      <RegisterBotForm
        onRegistered={(id) => {
          pages.reset();
          setOpenId(id);
          reload();
        }}
      />
      <MutationResult state={deleted} done={() => `Deleted ${deletedName}.`} />
      <QueryStatus state={state} />
      {bots && <DataTable label="Your bots, newest first" rows={bots.nodes} columns={columns} rowKey={(bot) => bot.id} empty="No bots yet: register one with its token from @BotFather." />}
      <Pager label="Bots" pages={pages} pageInfo={bots?.pageInfo} />
      {open && <BotCard key={open.id} bot={open} onKeyCreated={() => setKeysVersion((version) => version + 1)} onDelete={(bot) => void remove(bot)} />}
      <ApiKeysSection version={keysVersion} botLabel={(botId) => botLabel(bots?.nodes, botId)} />
    </>
  );
}

/** A bot-scoped key's bot by its @username when it is on the page shown, else by its id. */
function botLabel(bots: readonly ListedBot[] | undefined, botId: string): string {
  const bot = bots?.find((candidate) => candidate.id === botId);
  return bot ? `@${bot.username}` : `bot ${botId}`;
}

const NO_BOT = { name: '', botToken: '' };

function RegisterBotForm({ onRegistered }: { onRegistered: (botId: string) => void }) {
  const [input, setInput] = useState(NO_BOT);
  const [result, registerBot] = useMutation(RegisterBot);
  const field = (key: keyof typeof NO_BOT) => ({ value: input[key], onChange: (value: string) => setInput({ ...input, [key]: value }) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await registerBot({ input });
    if (!answer.data) return;
    setInput(NO_BOT);
    onRegistered(answer.data.registerBot.id);
  };

  return (
    <form onSubmit={submit} aria-labelledby="register-bot">
      <h2 id="register-bot">Register a bot</h2>
      <TextInput label="Name" isRequired maxLength={200} {...field('name')} />
      <TextInput label="Bot token" isRequired maxLength={128} autoComplete="off" {...field('botToken')} />
      <button type="submit" disabled={result.fetching}>
        Register bot
      </button>
      <MutationResult state={result} done={(data) => `Registered @${data.registerBot.username}.`} />
    </form>
  );
}
