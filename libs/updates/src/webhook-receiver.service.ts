import { Injectable } from '@nestjs/common';
import { BotDirectory, BotRuntime } from '@switchboard/bots';
import { matchesSecret } from '@switchboard/common';
import { UpdateIntake } from './update-intake.service';
import { UpdateError, UpdateErrorCode } from './update.errors';

/** Whom a webhook delivery is for: the bot its URL names, or (OpenScouter's single webhook) the bot whose secret it carries. */
export type WebhookAddress = { botId: string } | { bySecret: true };

function wrongSecret(): UpdateError {
  return new UpdateError(UpdateErrorCode.WRONG_WEBHOOK_SECRET, 'Missing or wrong X-Telegram-Bot-Api-Secret-Token');
}

/** Takes an update Telegram delivered to a webhook: finds its bot, checks the bot's secret (the only credential), stores it. */
@Injectable()
export class WebhookReceiver {
  constructor(
    private readonly directory: BotDirectory,
    private readonly intake: UpdateIntake,
  ) {}

  async receive(address: WebhookAddress, secret: string | undefined, update: unknown): Promise<void> {
    const bot = 'botId' in address ? await this.namedBot(address.botId, secret) : await this.botWithSecret(secret);
    await this.intake.accept(bot, update);
  }

  private async namedBot(botId: string, secret: string | undefined): Promise<BotRuntime> {
    const bot = await this.directory.byId(botId);
    if (!bot) throw new UpdateError(UpdateErrorCode.UNKNOWN_WEBHOOK, `No bot ${botId} receives updates here`);
    if (!secret || !matchesSecret(secret, bot.webhookSecret)) throw wrongSecret();
    return bot;
  }

  private async botWithSecret(secret: string | undefined): Promise<BotRuntime> {
    const bot = secret ? await this.directory.bySecret(secret) : null;
    if (!bot) throw wrongSecret();
    return bot;
  }
}
