import { Ctx, Next, Update, Use } from 'nestjs-telegraf';
import type { Context } from 'telegraf';
import { pipelineOf } from '@switchboard/telegram';

/** The first handler every update meets: it records the update type and chat as Telegraf reads them. */
@Update()
export class UpdateRecorder {
  @Use()
  async record(@Ctx() ctx: Context, @Next() next: () => Promise<void>): Promise<void> {
    pipelineOf(ctx).handled = { updateType: ctx.updateType, chatId: ctx.chat?.id ?? null };
    await next();
  }
}
