import { Ctx, On, Update } from 'nestjs-telegraf';
import type { Context } from 'telegraf';
import { ConversationLog } from '@switchboard/contacts';
import { throughBot } from '@switchboard/common';
import { pipelineOf } from '@switchboard/telegram';
import { CALLBACK_PREFIX } from './track-markup';
import { ClicksService } from './clicks.service';

/**
 * Presses of our buttons. The callback query is always answered, so the button stops spinning
 * (even for data that is not ours, or a message we no longer know).
 */
@Update()
export class ClickTrackingUpdate {
  constructor(
    private readonly clicks: ClicksService,
    private readonly conversations: ConversationLog,
  ) {}

  @On('callback_query')
  async pressed(@Ctx() ctx: Context): Promise<void> {
    const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined;
    if (data?.startsWith(CALLBACK_PREFIX)) {
      const pipeline = pipelineOf(ctx);
      const scope = throughBot(pipeline.tenantId, pipeline.botId);
      const button = await this.clicks.pressed(scope, data.slice(CALLBACK_PREFIX.length));
      if (button) {
        // The conversation shows the tenant's data before CLICKED is announced, so whoever
        // reads the inbox on that news finds the press as it will stay.
        if (ctx.chat) await this.conversations.resolveCallbackData(scope, String(ctx.chat.id), data, button.target);
        await this.clicks.clicked(button);
      }
    }
    await ctx.answerCbQuery();
  }
}
