import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { BroadcastError, BroadcastErrorCode } from './broadcast.errors';

/** At most this many explicit recipients; a larger audience is a segment. */
export const MAX_EXPLICIT_RECIPIENTS = 10_000;

/**
 * Who a broadcast goes to: exactly one of explicit contact ids, a saved segment, a job's
 * targeting, or every contact with an identity on the bot.
 */
@ObjectType()
@InputType('BroadcastAudienceInput')
export class BroadcastAudience {
  @Field(() => [ID], { nullable: true, description: `Contact ids (at most ${MAX_EXPLICIT_RECIPIENTS}); ids naming no contact of the tenant are skipped` })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_EXPLICIT_RECIPIENTS)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  contactIds?: string[];

  @Field(() => ID, { nullable: true, description: 'A saved segment: its members when the broadcast starts' })
  @IsOptional()
  @IsUUID()
  segmentId?: string;

  @Field({ nullable: true, description: "A job's targeting: its segment, or every contact with filterBySegment false" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  jobId?: string;

  @Field({ nullable: true, description: "With jobId: only the job's segment (default true)" })
  @IsOptional()
  @IsBoolean()
  filterBySegment?: boolean;

  @Field({ nullable: true, description: 'Every contact with an identity on the bot' })
  @IsOptional()
  @IsBoolean()
  allContacts?: boolean;
}

/** The audience as stored: one kind, explicit ids de-duplicated and in order (the walk's keyset). */
export function normalizedAudience(audience: BroadcastAudience): { audience: BroadcastAudience; duplicates: number } {
  const kinds = [audience.contactIds, audience.segmentId, audience.jobId, audience.allContacts || undefined].filter((kind) => kind !== undefined);
  if (kinds.length !== 1) {
    throw new BroadcastError(BroadcastErrorCode.AUDIENCE_REQUIRED, 'Give exactly one audience: contactIds, segmentId, jobId or allContacts: true');
  }
  if (audience.filterBySegment !== undefined && !audience.jobId) {
    throw new BroadcastError(BroadcastErrorCode.AUDIENCE_REQUIRED, 'filterBySegment goes with jobId');
  }
  if (!audience.contactIds) return { audience: { ...audience }, duplicates: 0 };
  const unique = [...new Set(audience.contactIds)].sort(byIdOrder);
  return { audience: { contactIds: unique }, duplicates: audience.contactIds.length - unique.length };
}

/** Numeric ids in numeric order, anything else after them. */
function byIdOrder(a: string, b: string): number {
  const numeric = (id: string) => /^\d{1,19}$/.test(id);
  if (numeric(a) && numeric(b)) return BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;
  if (numeric(a) !== numeric(b)) return numeric(a) ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
