import { Ctx, Next, Start, Update, Use } from 'nestjs-telegraf';
import type { Context } from 'telegraf';
import type { Chat, User } from 'telegraf/types';
import { BotScope, throughBot } from '@switchboard/common';
import { pipelineOf } from '@switchboard/telegram';
import { ConnectLinksService, Redemption } from '../connect/connect-links.service';
import { TelegramIdentity } from '../telegram-identity.entity';
import { ConversationLog } from './conversation-log.service';
import { IdentitiesService, TelegramParty } from './identities.service';
import { inboundMessageOf } from './inbound-message';

const REPLIES: Record<Redemption, string> = {
  connected: '✅ Your Telegram account is now connected.',
  'already-connected': '✅ Your Telegram account was already connected.',
  expired: 'This link has expired. Please ask for a new one.',
  invalid: 'This link is not valid, so nothing was connected.',
};

function partyOfChat(chat: Chat, user?: User): TelegramParty {
  const named = chat as Partial<{ title: string; username: string; first_name: string; last_name: string }>;
  return {
    chatId: chat.id,
    chatType: chat.type,
    username: named.username,
    firstName: named.first_name,
    lastName: named.last_name,
    title: named.title,
    languageCode: chat.type === 'private' ? user?.language_code : undefined,
  };
}

function partyOfUser(user: User): TelegramParty {
  return { chatId: user.id, chatType: 'private', username: user.username, firstName: user.first_name, lastName: user.last_name, languageCode: user.language_code };
}

const BLOCKING_STATUSES = new Set(['kicked', 'left']);

/**
 * Contacts come from updates: whoever writes (or presses a button, or blocks the bot) becomes a
 * contact with a Telegram identity on the bot; a group is a contact of its own, its members too.
 * Every message is added to its conversation.
 */
@Update()
export class ContactCaptureUpdate {
  constructor(
    private readonly identities: IdentitiesService,
    private readonly conversations: ConversationLog,
    private readonly connectLinks: ConnectLinksService,
  ) {}

  @Use()
  async capture(@Ctx() ctx: Context, @Next() next: () => Promise<void>): Promise<void> {
    const pipeline = pipelineOf(ctx);
    // Everything an update does happens within the bot it came through.
    const scope = throughBot(pipeline.tenantId, pipeline.botId);
    const identity = await this.identityOf(ctx, scope);
    const message = identity && inboundMessageOf(ctx.update);
    if (identity && message) await this.conversations.recordInbound(identity, message, pipeline.eventId);
    (ctx.state as { identity?: TelegramIdentity }).identity = identity ?? undefined;
    await next();
  }

  /** `/start <payload>` from a connect link; any other `/start` goes on to later handlers (a replica's greeting). */
  @Start()
  async start(@Ctx() ctx: Context & { payload?: string }, @Next() next: () => Promise<void>): Promise<void> {
    const identity = (ctx.state as { identity?: TelegramIdentity }).identity;
    if (!ctx.payload || !identity || ctx.chat?.type !== 'private') return next();
    const pipeline = pipelineOf(ctx);
    const outcome = await this.connectLinks.redeem(throughBot(pipeline.tenantId, pipeline.botId), identity, ctx.payload);
    await ctx.reply(REPLIES[outcome]);
  }

  private async identityOf(ctx: Context, scope: BotScope): Promise<TelegramIdentity | null> {
    const update = ctx.update as unknown as Record<string, { chat?: Chat; migrate_to_chat_id?: number; new_chat_member?: { status: string } }>;
    const chat = ctx.chat;
    const from = ctx.from && !ctx.from.is_bot ? ctx.from : undefined;
    if (!chat) return null;
    if (update.message?.migrate_to_chat_id) {
      await this.identities.migrate(scope, chat.id, update.message.migrate_to_chat_id);
      return null;
    }
    const membership = update.my_chat_member?.new_chat_member?.status;
    if (membership) {
      const blocked = BLOCKING_STATUSES.has(membership);
      return this.identities.upsert(scope, partyOfChat(chat, from), { blocked, started: chat.type === 'private' && !blocked });
    }
    if (chat.type === 'private') {
      // Writing to the bot (again) means it can reach them: a new message unblocks.
      return this.identities.upsert(scope, partyOfChat(chat, from), { started: true, blocked: false });
    }
    if (from) await this.identities.upsert(scope, partyOfUser(from));
    return this.identities.upsert(scope, partyOfChat(chat), { blocked: false });
  }
}
