import { Injectable } from '@nestjs/common';
import type { Replica } from '../replica.entity';

/** The ACTIVE integration on a bot, with the replica that answers there. */
export interface ActiveIntegration {
  id: string;
  tenantId: string;
  botId: string;
  mention: string;
  replica: Replica;
}

/**
 * Every inbound update asks which replica answers on its bot, so the answer is kept for a moment.
 * A change made through this instance clears it at once; one made through another instance is
 * seen within TTL_MS.
 */
const TTL_MS = 2_000;

@Injectable()
export class ActiveIntegrationCache {
  private readonly byBot = new Map<string, { value: ActiveIntegration | null; expiresAt: number }>();

  async get(botId: string, load: () => Promise<ActiveIntegration | null>): Promise<ActiveIntegration | null> {
    const cached = this.byBot.get(botId);
    if (cached && cached.expiresAt > Date.now()) return cached.value;
    const value = await load();
    this.byBot.set(botId, { value, expiresAt: Date.now() + TTL_MS });
    return value;
  }

  forget(botId: string | null): void {
    if (botId) this.byBot.delete(botId);
  }
}
