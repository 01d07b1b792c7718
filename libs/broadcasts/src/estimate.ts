import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SendRate } from '@switchboard/common';

/** Telegram's free rate: sends above it in a second cost Stars when they carry allow_paid_broadcast. */
const FREE_PER_SECOND = 30;
const STARS_PER_PAID_MESSAGE = 0.1;

@ObjectType('BroadcastEstimate')
export class BroadcastEstimate {
  @Field(() => Int, { description: 'Contacts the broadcast would reach now (an identity on the bot, not blocked)' })
  recipients!: number;

  @Field({ description: 'The rate it sends at, e.g. 30/s' })
  sendRate!: string;

  @Field(() => Float, { description: 'Seconds of sending at that rate' })
  durationSeconds!: number;

  @Field()
  paid!: boolean;

  @Field(() => Float, { nullable: true, description: 'For a paid broadcast, the most it may cost in Telegram Stars (0.1 per message above 30/s)' })
  stars!: number | null;
}

const perSecond = (rate: SendRate) => (rate.count * 1_000) / rate.perMs;

export function formatRate(rate: SendRate): string {
  return rate.perMs === 60_000 ? `${rate.count}/min` : `${perSecond(rate)}/s`;
}

/**
 * Sent at `rate`, each full second carries `rate` messages; those above the free 30 are billed
 * for a paid broadcast, and so are those of the last, partial second.
 */
export function estimateOf(recipients: number, rate: SendRate, paid: boolean): BroadcastEstimate {
  const each = perSecond(rate);
  const fullSeconds = Math.floor(recipients / each);
  const rest = recipients - fullSeconds * each;
  const billed = fullSeconds * Math.max(0, each - FREE_PER_SECOND) + Math.max(0, rest - FREE_PER_SECOND);
  return {
    recipients,
    sendRate: formatRate(rate),
    durationSeconds: Math.round((recipients / each) * 10) / 10,
    paid,
    stars: paid ? Math.round(billed * STARS_PER_PAID_MESSAGE * 10) / 10 : null,
  };
}
