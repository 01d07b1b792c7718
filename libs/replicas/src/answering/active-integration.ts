import { Replica } from '../replica.entity';

/** A replica answering on a bot: the Telegram integration that is up, with its replica. */
export interface ActiveIntegration {
  id: string;
  tenantId: string;
  botId: string;
  /** What names the replica in a group (besides the bot's @username). */
  mention: string;
  replica: Replica;
}

/** Looks up the replica answering on a bot; every inbound update asks, so it must be cheap. */
export abstract class AnsweringIntegrations {
  abstract activeOn(botId: string): Promise<ActiveIntegration | null>;
}
