import { BotScope, TenantScope, tenantWide, throughBot } from '@switchboard/common';
import { Broadcast } from './broadcast.entity';

/** Whose eyes a broadcast's audience is read with: a bot-scoped key's creation sees only contacts reachable on its bot. */
export function creatorScopeOf(broadcast: Pick<Broadcast, 'tenantId' | 'botId' | 'scopedToBot'>): TenantScope {
  return broadcast.scopedToBot ? throughBot(broadcast.tenantId, broadcast.botId) : tenantWide(broadcast.tenantId);
}

export function botScopeOf(broadcast: Pick<Broadcast, 'tenantId' | 'botId'>): BotScope {
  return throughBot(broadcast.tenantId, broadcast.botId);
}

/** What a broadcast's background jobs carry. */
export interface BroadcastJob {
  tenantId: string;
  broadcastId: string;
}
