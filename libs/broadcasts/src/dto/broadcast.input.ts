import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLJSONObject, IsTelegramPhoto, MAX_CAPTION_LENGTH, PageArgs } from '@switchboard/common';
import { MAX_OUTBOUND_TEXT, PARSE_MODES } from '@switchboard/messaging';
import { BroadcastAudience } from '../audience';
import { BroadcastState } from '../broadcast-state';
import { RecipientStatus } from '../recipient-status';


@InputType()
export class CreateBroadcastInput {
  @Field(() => ID)
  @IsUUID()
  botId!: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field({ description: `The text, or the photo's caption (at most ${MAX_CAPTION_LENGTH} characters); merge fields: {{first_name}}, {{last_name}}, {{username}}, {{attributes.KEY}}, with a default: {{first_name|there}}` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_OUTBOUND_TEXT)
  text!: string;

  @Field(() => String, { nullable: true, description: 'HTML, MarkdownV2 or Markdown' })
  @IsOptional()
  @IsIn(PARSE_MODES)
  parseMode?: string | null;

  @Field(() => String, { nullable: true, description: 'A photo (http(s) URL or Telegram file_id), with the text as its caption' })
  @IsOptional()
  @IsTelegramPhoto()
  photo?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Reply markup; inline buttons are tracked (CLICKED)' })
  @IsOptional()
  @IsObject()
  replyMarkup?: Record<string, unknown> | null;

  @Field(() => BroadcastAudience)
  @ValidateNested()
  @Type(() => BroadcastAudience)
  audience!: BroadcastAudience;
}

/** Changes to a DRAFT or SCHEDULED broadcast; null clears parseMode, photo and replyMarkup. */
@InputType()
export class UpdateBroadcastInput extends PartialType(OmitType(CreateBroadcastInput, ['botId'] as const)) {}

@ArgsType()
export class LaunchBroadcastArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Date, { nullable: true, description: 'Start then instead of now' })
  @IsOptional()
  @IsDate()
  scheduledAt?: Date;
}

/** One args class per field, page included: each @Args() class is validated against all of a field's arguments. */
@ArgsType()
export class BroadcastFilterArgs extends PageArgs {
  @Field(() => BroadcastState, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(BroadcastState))
  state?: BroadcastState;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  botId?: string;
}

@ArgsType()
export class DeliveryFilterArgs extends PageArgs {
  @Field(() => RecipientStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(RecipientStatus))
  status?: RecipientStatus;
}
