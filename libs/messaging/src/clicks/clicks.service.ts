import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClusterEvents } from '@switchboard/common';
import { MESSAGE_STATUS_CHANGED } from '../delivery/delivery-worker.service';
import { DeliveryStatus, OutboundMessage } from '../outbound-message.entity';
import { TrackedButton } from './tracked-button.entity';

/** SENT → CLICKED when a tracked button of the message is pressed or its link opened. */
@Injectable()
export class ClicksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ClusterEvents,
  ) {}

  find(token: string): Promise<TrackedButton | null> {
    if (!/^[A-Za-z0-9_-]{1,24}$/.test(token)) return Promise.resolve(null);
    return this.dataSource.getRepository(TrackedButton).findOne({ where: { token } });
  }

  async clicked(button: TrackedButton): Promise<void> {
    const rows: OutboundMessage[] = await this.dataSource.query(
      `UPDATE outbound_messages SET status = $2, clicked_at = now() WHERE id = $1 AND status = $3
       RETURNING id, tenant_id AS "tenantId", bot_id AS "botId", contact_id AS "contactId", chat_id AS "chatId", status,
                 telegram_message_ids AS "telegramMessageIds", clicked_at AS "clickedAt", sent_at AS "sentAt", created_at AS "createdAt"`,
      [button.messageId, DeliveryStatus.CLICKED, DeliveryStatus.SENT],
    );
    const [message] = Array.isArray(rows[0]) ? (rows[0] as OutboundMessage[]) : rows;
    if (message) this.events.publish(MESSAGE_STATUS_CHANGED, message);
  }
}
