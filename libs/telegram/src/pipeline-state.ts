import type { Context } from 'telegraf';

/**
 * What the update pipeline tells every handler about the update it is handling, on
 * `ctx.state.pipeline`: whose bot received it, and where handlers leave what they saw.
 */
export interface PipelineState {
  tenantId: string;
  botId: string;
  /** The stored update (webhook event) being processed. */
  eventId: string;
  /** Filled by the recorder handler: the update type and chat as Telegraf read them. */
  handled: { updateType?: string; chatId?: number | null };
}

export function pipelineOf(ctx: Context): PipelineState {
  const state = ctx.state as { pipeline?: PipelineState };
  if (!state.pipeline) throw new Error('update handled outside the Switchboard pipeline');
  return state.pipeline;
}
