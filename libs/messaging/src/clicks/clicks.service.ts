import { Injectable } from '@nestjs/common';
import { BotScope, ClusterEvents, TenantData, throughBot } from '@switchboard/common';
import { MESSAGE_STATUS_CHANGED } from '../delivery/delivery-worker.service';
import { DeliveryStatus, OutboundMessage } from '../outbound-message.entity';
import { TrackedButton } from './tracked-button.entity';

const TOKEN = /^[A-Za-z0-9_-]{1,24}$/;

/** SENT → CLICKED when a tracked button of the message is pressed or its link opened. */
@Injectable()
export class ClicksService {
  constructor(
    private readonly data: TenantData,
    private readonly events: ClusterEvents,
  ) {}

  /** A pressed button, looked up within the bot (and tenant) the update came through. */
  pressed(scope: BotScope, token: string): Promise<TrackedButton | null> {
    return TOKEN.test(token) ? this.data.for(scope).repository(TrackedButton).findOne({ token }) : Promise.resolve(null);
  }

  /** A tracked link: its token is all the redirect has, and names the button alone. */
  followed(token: string): Promise<TrackedButton | null> {
    return TOKEN.test(token) ? this.data.findByCredential(TrackedButton, { token }) : Promise.resolve(null);
  }

  async clicked(button: TrackedButton): Promise<void> {
    const messages = this.data.for(throughBot(button.tenantId, button.botId)).repository(OutboundMessage);
    const changed = await messages.update({ id: button.messageId, status: DeliveryStatus.SENT }, { status: DeliveryStatus.CLICKED, clickedAt: () => 'now()' });
    if (changed === 0) return;
    const message = await messages.findOne({ id: button.messageId });
    if (!message) return;
    const { text: _text, replyMarkup: _markup, telegramMarkup: _sent, ...status } = message;
    this.events.publish(MESSAGE_STATUS_CHANGED, status);
  }
}
