import { useQuery } from 'urql';
import { graphql } from './gql';

const BotChoices = graphql(`
  query BotChoices {
    bots(first: 100) {
      nodes {
        id
        name
        username
      }
    }
  }
`);

export type BotChoice = { id: string; name: string; username: string };

/** The tenant's bots, for choices and for naming a bot by its id (an id shows as itself until the bots are read). */
export function useBotChoices(): { bots: BotChoice[]; botName: (id: string) => string } {
  const [{ data }] = useQuery({ query: BotChoices });
  const bots = data?.bots.nodes ?? [];
  return { bots, botName: (id) => bots.find((bot) => bot.id === id)?.name ?? id };
}
