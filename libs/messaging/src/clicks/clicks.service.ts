import { Injectable } from '@nestjs/common';
import { BotScope, ClusterEvents, TenantData, throughBot } from '@switchboard/common';
import { EventsOut } from '@switchboard/events-out';
import { MESSAGE_STATUS_CHANGED } from '../delivery/delivery-worker.service';
import { statusChangedEvent } from '../message-events';
import { DeliveryStatus, OutboundMessage } from '../outbound-message.entity';
import { TrackedButton } from './tracked-button.entity';

const TOKEN = /^[A-Za-z0-9_-]{1,24}$/;

/** SENT → CLICKED when a tracked button of the message is pressed or its link opened. */
@Injectable()
export class ClicksService {
  constructor(
    private readonly data: TenantData,
    private readonly events: ClusterEvents,
    private readonly eventsOut: EventsOut,
  ) {}

  /** A pressed button, looked up within the bot (and tenant) the update came through. */
  pressed(scope: BotScope, token: string): Promise<TrackedButton | null> {
    return TOKEN.test(token) ? this.data.for(scope).repository(TrackedButton).findOne({ token }) : Promise.resolve(null);
  }

  /** A tracked link: its token is all the redirect has, and names the button alone. */
  followed(token: string): Promise<TrackedButton | null> {
    return TOKEN.test(token) ? this.data.findByCredential(TrackedButton, { token }) : Promise.resolve(null);
  }

  /** The click and its event (message.status_changed) are stored together. */
  async clicked(button: TrackedButton): Promise<void> {
    const message = await this.data.transaction(throughBot(button.tenantId, button.botId), async (session) => {
      const messages = session.repository(OutboundMessage);
      const changed = await messages.update({ id: button.messageId, status: DeliveryStatus.SENT }, { status: DeliveryStatus.CLICKED, clickedAt: () => 'now()' });
      const clicked = changed === 0 ? null : await messages.findOne({ id: button.messageId });
      if (clicked) await this.eventsOut.recordWithin(session, [statusChangedEvent(clicked)!]);
      return clicked;
    });
    if (!message) return;
    const { text: _text, replyMarkup: _markup, telegramMarkup: _sent, ...status } = message;
    this.events.publish(MESSAGE_STATUS_CHANGED, status);
  }
}
