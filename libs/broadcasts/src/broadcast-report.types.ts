import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@switchboard/common';
import { SkipReason } from './broadcast-delivery.entity';
import { RecipientStatus } from './recipient-status';

@ObjectType()
export class BroadcastStats {
  @Field(() => Int, { description: 'Contacts in the audience, with skipped ones and duplicates' })
  audience!: number;

  @Field(() => Int, { description: 'Not attempted: no identity on the bot, blocked, never started it, duplicates, unknown ids' })
  skipped!: number;

  @Field(() => Int, { description: 'Not sent yet: waiting to be walked, queued, or held' })
  queued!: number;

  @Field(() => Int, { description: 'Sent (clicked ones included)' })
  sent!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int)
  clicked!: number;

  @Field(() => Int, { description: 'Never sent: the broadcast was cancelled first' })
  cancelled!: number;

  @Field(() => Int, { description: 'Sends in flight when the worker sending them died: sent again, so they may have arrived twice' })
  inFlightAtCrash!: number;
}

@ObjectType()
export class BroadcastProgress {
  @Field(() => Float, { description: 'Share of the audience settled (sent, failed, skipped or cancelled), 0–100' })
  percent!: number;

  @Field(() => Float, { description: `Sends per second over the last few seconds` })
  sentPerSecond!: number;

  @Field(() => Date, { nullable: true, description: 'When the rest should be sent, at the current pace; null unless running' })
  eta!: Date | null;
}

@ObjectType()
export class BroadcastRecipient {
  @Field(() => ID)
  contactId!: string;

  @Field(() => String, { nullable: true })
  chatId!: string | null;

  @Field(() => RecipientStatus)
  status!: RecipientStatus;

  @Field(() => SkipReason, { nullable: true })
  skipReason!: SkipReason | null;

  @Field(() => ID, { nullable: true, description: 'The message sent (see message(id))' })
  messageId!: string | null;

  @Field(() => Int, { nullable: true, description: "Telegram's error_code when it failed" })
  errorCode!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}

export const BroadcastRecipientConnection = Paginated(BroadcastRecipient);
