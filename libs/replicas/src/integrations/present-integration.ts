import { ReplicaTelegramIntegration } from './replica-telegram-integration.entity';

/** Sensay's integration ids are numbers; ours is a bigint, well within JSON's safe integers. */
export const sensayIdOf = (integration: ReplicaTelegramIntegration): number => Number(integration.id);

/** The integration as GET answers it; `botId` only once the bot is known. */
export function presentIntegration(integration: ReplicaTelegramIntegration) {
  return {
    success: true,
    id: sensayIdOf(integration),
    state: integration.state,
    mention: integration.mention,
    ...(integration.botId ? { botId: integration.botId } : {}),
    lastError: integration.lastError,
  };
}
