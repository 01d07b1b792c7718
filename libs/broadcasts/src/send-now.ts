import { Injectable } from '@nestjs/common';
import { BotsService } from '@switchboard/bots';
import { TenantScope } from '@switchboard/common';
import { BroadcastAudience } from './audience';
import { Broadcast } from './broadcast.entity';
import { BroadcastsService } from './broadcasts.service';

export interface SendNowCommand {
  /** Absent: the tenant's first bot, or a channel key's own. */
  botId?: string;
  name: string;
  text: string;
  replyMarkup?: Record<string, unknown>;
  audience: BroadcastAudience;
}

/** A broadcast drafted and launched in one call, as REST callers ask for it; answers once the first recipients are queued. */
@Injectable()
export class SendNow {
  constructor(
    private readonly bots: BotsService,
    private readonly broadcasts: BroadcastsService,
  ) {}

  async execute(scope: TenantScope, command: SendNowCommand): Promise<Broadcast> {
    const bot = await this.bots.defaultBot(scope, command.botId);
    const draft = await this.broadcasts.create(scope, { ...command, botId: bot.id });
    return this.broadcasts.launch(scope, draft.id);
  }
}
