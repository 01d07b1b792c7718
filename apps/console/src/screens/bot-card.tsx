import { FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { BotListQuery } from '../gql/graphql';
import { ConfirmButton } from '../ui/dialogs';
import { CheckInput, TextInput } from '../ui/fields';
import { localTime } from '../ui/format';
import { PropertyTable } from '../ui/property-table';
import { MutationResult } from '../ui/results';
import { NewKeyForm } from './api-keys';
import { TelegramLastError, WebhookState } from './bot-health';

const UpdateBot = graphql(`
  mutation UpdateBot($id: ID!, $input: UpdateBotInput!) {
    updateBot(id: $id, input: $input) { id name dailyLimit sendRate paidBroadcasts }
  }
`);

const CreateBotApiKey = graphql(`
  mutation CreateBotApiKey($botId: ID!, $name: String!) {
    createBotApiKey(botId: $botId, input: { name: $name }) { key apiKey { id name } }
  }
`);

export type ListedBot = BotListQuery['bots']['nodes'][number];

interface BotCardProps {
  bot: ListedBot;
  onKeyCreated: () => void;
  onDelete: (bot: ListedBot) => void;
}

/** One bot: what Telegram and Switchboard know of it, its settings, a key that acts only through it, and deleting it. */
export function BotCard({ bot, onKeyCreated, onDelete }: BotCardProps) {
  const headingId = useId();
  const [keyState, createBotApiKey] = useMutation(CreateBotApiKey);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>@{bot.username}</h2>
      <PropertyTable
        label={`@${bot.username}`}
        properties={[
          { label: 'Name', value: bot.name },
          { label: 'Username', value: `@${bot.username}` },
          { label: 'Token', value: <code>{bot.tokenHint}</code> },
          { label: 'Telegram id', value: bot.telegramBotId },
          { label: 'Webhook', value: <WebhookState bot={bot} /> },
          { label: 'Webhook URL at Telegram', value: bot.connection.webhookUrl ?? 'none' },
          { label: 'Pending updates', value: bot.connection.pendingUpdateCount },
          { label: "Telegram's last error", value: <TelegramLastError bot={bot} /> },
          { label: 'Registered', value: localTime(bot.createdAt) },
        ]}
      />
      <BotSettings key={bot.id} bot={bot} />
      <NewKeyForm
        heading={`A key for @${bot.username} only`}
        submit={`Create a key for @${bot.username}`}
        state={keyState}
        create={async (name) => (await createBotApiKey({ botId: bot.id, name })).data?.createBotApiKey}
        onCreated={onKeyCreated}
      />
      <ConfirmButton
        label={`Delete @${bot.username}`}
        question={`Delete @${bot.username}? Its webhook is removed at Telegram, its keys stop working, and its conversations and messages go with it.`}
        confirm="Delete bot"
        onConfirm={() => onDelete(bot)}
      />
    </section>
  );
}

/** Name, daily limit, send rate and paid broadcasts; an empty limit or rate means none / the default. */
function BotSettings({ bot }: { bot: ListedBot }) {
  const headingId = useId();
  const [name, setName] = useState(bot.name);
  const [dailyLimit, setDailyLimit] = useState(bot.dailyLimit?.toString() ?? '');
  const [sendRate, setSendRate] = useState(bot.sendRate ?? '');
  const [paidBroadcasts, setPaidBroadcasts] = useState(bot.paidBroadcasts);
  const [result, updateBot] = useMutation(UpdateBot);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { name, dailyLimit: dailyLimit === '' ? null : Number(dailyLimit), sendRate: sendRate === '' ? null : sendRate, paidBroadcasts };
    void updateBot({ id: bot.id, input });
  };

  return (
    <form onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId}>Settings of @{bot.username}</h3>
      <TextInput label="Name" isRequired maxLength={200} value={name} onChange={setName} />
      <TextInput label="Daily limit (messages per UTC day; empty for none)" type="number" min={1} value={dailyLimit} onChange={setDailyLimit} />
      <TextInput label="Send rate (N/s or N/min; empty for the default)" pattern="\d+/(s|min)" maxLength={32} value={sendRate} onChange={setSendRate} />
      <CheckInput label="Paid broadcasts (up to 1,000 messages/s, billed in Stars)" checked={paidBroadcasts} onChange={setPaidBroadcasts} />
      <button type="submit" disabled={result.fetching}>
        Save settings
      </button>
      <MutationResult state={result} done={(data) => `Saved the settings of ${data.updateBot.name}.`} />
    </form>
  );
}
