import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DeliveryStatus } from '../outbound-message.entity';

@ObjectType('SendCounts', { description: "A bot's outbound messages by what became of them" })
export class SendCounts {
  @Field(() => Int, { description: 'Not sent yet: QUEUED, or HELD while their broadcast is paused' })
  queued!: number;

  @Field(() => Int, { description: 'Sent, clicked ones included' })
  sent!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int, { description: 'Sent, and a button of theirs was pressed' })
  clicked!: number;
}

export interface StatusCount {
  status: DeliveryStatus;
  count: number;
}

/** Folds counts by status into the four figures; cancelled messages count in none. */
export function sendCountsOf(rows: readonly StatusCount[]): SendCounts {
  const of = (...statuses: DeliveryStatus[]) => rows.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row.count, 0);
  return {
    queued: of(DeliveryStatus.QUEUED, DeliveryStatus.HELD),
    sent: of(DeliveryStatus.SENT, DeliveryStatus.CLICKED),
    failed: of(DeliveryStatus.FAILED),
    clicked: of(DeliveryStatus.CLICKED),
  };
}
